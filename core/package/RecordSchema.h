#pragma once

#include "util/Result.h"

#include <QJsonObject>
#include <QString>
#include <QVector>

namespace dx {

// What a package may carry of each table, column by column. Column and table names in SQL come
// only from here, never from a package. A record in a package document is
//   {"uuid": "…", "version": 3, "fields": {"name": "…", "enterprise_id": "<uuid>", …}}
// with references as the referenced record's uuid (a cluster by its name), so records keep
// their identity across databases whose integer ids differ.
struct FieldSpec
{
    enum class Type { Text, Integer, Date, Json, Ref, Cluster, FileName };
    QString name;
    Type type = Type::Text;
    QString refTable;        // Ref: the referenced table ("*owner": the table named by owner_table)
    bool mergeable = true;   // false: a change from the field is always queued for review
    bool derived = false;    // recomputed on import (a diagnosis's score), never merged
};

struct TableSpec
{
    QString table;
    QVector<FieldSpec> fields;
    bool returned = false;   // the provider may send records of this table back
    const FieldSpec* field(const QString& name) const;
};

namespace RecordSchema {

// In dependency order: a table only refers to tables before it.
const QVector<TableSpec>& tables();
const TableSpec* table(const QString& name);
// Checks one record of `spec` (shape, types, lengths); the message names table, record, field.
Status validate(const TableSpec& spec, const QJsonObject& record);
// Checks a whole document {"table": …, "records": [...]}; returns its records.
Result<QVector<QJsonObject>> validateDocument(const TableSpec& spec, const QByteArray& json);

} // namespace RecordSchema
} // namespace dx
