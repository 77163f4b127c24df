#include "RecordCodec.h"

#include "PackageRepository.h"

#include <QSet>

namespace dx {

namespace {

using T = FieldSpec::Type;

QString refTableOf(const FieldSpec& f, const QVariantMap& row)
{
    return f.refTable == QLatin1String("*owner") ? row.value(QStringLiteral("owner_table")).toString() : f.refTable;
}

} // namespace

Result<QVector<QJsonObject>> encodeRecords(const PackageRepository& repo, const TableSpec& spec, const QVector<QVariantMap>& rows)
{
    // The uuids of every record referred to, one query per referenced table.
    QHash<QString, QSet<qint64>> wanted;
    for (const QVariantMap& row : rows)
        for (const FieldSpec& f : spec.fields)
            if (f.type == T::Ref && !row.value(f.name).isNull() && row.value(f.name).toLongLong() > 0)
                wanted[refTableOf(f, row)].insert(row.value(f.name).toLongLong());
    QHash<QString, QHash<qint64, QString>> uuids;
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        auto found = repo.uuidsOf(it.key(), QVector<qint64>(it.value().cbegin(), it.value().cend()));
        if (!found)
            return found.status();
        uuids.insert(it.key(), found.takeValue());
    }
    QHash<qint64, QString> clusters;
    if (std::any_of(spec.fields.cbegin(), spec.fields.cend(), [](const FieldSpec& f) { return f.type == T::Cluster; })) {
        auto names = repo.clusterNames();
        if (!names)
            return names.status();
        clusters = names.takeValue();
    }
    QVector<QJsonObject> out;
    out.reserve(rows.size());
    for (const QVariantMap& row : rows) {
        QJsonObject fields;
        for (const FieldSpec& f : spec.fields) {
            const QVariant v = row.value(f.name);
            switch (f.type) {
            case T::Integer:
                fields.insert(f.name, double(v.toLongLong()));
                break;
            case T::Ref: {
                const qint64 id = v.toLongLong();
                const QString uuid = id > 0 ? uuids.value(refTableOf(f, row)).value(id) : QString();
                fields.insert(f.name, uuid.isEmpty() ? QJsonValue() : QJsonValue(uuid));
                break;
            }
            case T::Cluster: {
                const qint64 id = v.toLongLong();
                fields.insert(f.name, id > 0 && clusters.contains(id) ? QJsonValue(clusters.value(id)) : QJsonValue());
                break;
            }
            default:
                fields.insert(f.name, v.toString());
            }
        }
        out.push_back(QJsonObject{{QStringLiteral("uuid"), row.value(QStringLiteral("uuid")).toString()},
                                  {QStringLiteral("version"), row.value(QStringLiteral("version")).toInt()},
                                  {QStringLiteral("fields"), fields}});
    }
    return out;
}

Result<qint64> RecordDecoder::localId(const QString& table, const QString& uuid)
{
    auto& cache = m_ids[table];
    const auto it = cache.constFind(uuid);
    if (it != cache.constEnd())
        return *it;
    auto found = m_repo.idsOf(table, {uuid});
    if (!found)
        return found.status();
    const qint64 id = found->value(uuid, 0);
    if (id > 0)
        cache.insert(uuid, id);
    return id;
}

Result<QVariantMap> RecordDecoder::decode(const TableSpec& spec, const QJsonObject& fields)
{
    QVariantMap out;
    for (const FieldSpec& f : spec.fields) {
        if (!fields.contains(f.name))
            continue;   // a partial record (the fields of a merge)
        const QJsonValue v = fields.value(f.name);
        switch (f.type) {
        case T::Integer:
            out.insert(f.name, qint64(v.toDouble()));
            break;
        case T::Ref: {
            if (v.isNull()) {
                out.insert(f.name, QVariant(QMetaType(QMetaType::LongLong)));
                break;
            }
            const QString table = f.refTable == QLatin1String("*owner") ? fields.value(QStringLiteral("owner_table")).toString() : f.refTable;
            auto id = localId(table, v.toString());
            if (!id)
                return id.status();
            if (id.value() == 0)
                return Status::error(ErrorCode::Validation,
                                     tr("The package is refused: a record of %1 refers to a record of %2 (%3) that neither the "
                                        "package nor this database holds.").arg(spec.table, table, v.toString()));
            out.insert(f.name, id.value());
            break;
        }
        case T::Cluster: {
            if (v.isNull()) {
                out.insert(f.name, QVariant(QMetaType(QMetaType::LongLong)));
                break;
            }
            const QString name = v.toString();
            if (!m_clusters.contains(name)) {
                auto names = m_repo.clusterNames();
                if (!names)
                    return names.status();
                for (auto it = names->cbegin(); it != names->cend(); ++it)
                    m_clusters.insert(it.value(), it.key());
            }
            if (!m_clusters.contains(name)) {
                if (!m_conn || !m_audit)
                    return Status::error(ErrorCode::Validation, tr("The package names a cluster \"%1\" this database does not have.").arg(name));
                auto id = m_repo.ensureCluster(*m_conn, *m_audit, name, QString());
                if (!id)
                    return id.status();
                m_clusters.insert(name, id.value());
            }
            out.insert(f.name, m_clusters.value(name));
            break;
        }
        default:
            out.insert(f.name, v.toString());
        }
    }
    return out;
}

} // namespace dx
