#pragma once

#include "grants/SubsidyPolicy.h"
#include "util/Result.h"

#include <QVector>

namespace dx {

class Database;

// A policy as listed: its fund, name and newest version.
struct PolicyInfo
{
    qint64 id = 0;
    QString uuid;
    int version = 0;             // of the policy row (bumped by each new version and archiving)
    QString updatedAt;
    QString updatedBy;
    qint64 fundId = 0;
    QString name;                // the newest version's name
    SubsidyPolicy::Kind kind = SubsidyPolicy::Kind::Rate;
    GrantPurpose purpose = GrantPurpose::EnterpriseUpgrade;
    qint64 latestVersionId = 0;
    int latestVersionNumber = 0;
    bool archived = false;
};

// One version of a policy. Versions are never edited: a change is a new version, and a grant
// keeps the version it was computed with.
struct PolicyVersion
{
    qint64 id = 0;
    qint64 policyId = 0;
    int number = 0;              // 1, 2, …
    SubsidyPolicy policy;        // parsed
    QByteArray document;         // the stored canonical JSON
    QString note;                // what changed and why
    QString createdAt;
    QString createdBy;
};

// Subsidy policies as versioned JSON documents (format: resources/policies/README.md).
class PolicyRepository
{
    Q_DECLARE_TR_FUNCTIONS(dx::PolicyRepository)

public:
    explicit PolicyRepository(const Database& db) : m_db(db) {}

    // A new policy of a fund (not archived) with its version 1. The document is validated
    // (SubsidyPolicy::fromJson) and stored in canonical form.
    Result<PolicyInfo> create(qint64 fundId, const QByteArray& documentJson, const QString& note = QString()) const;
    Result<PolicyInfo> create(qint64 fundId, const SubsidyPolicy& policy, const QString& note = QString()) const;
    // A new version of the policy if nobody added one since `expectedVersion` (PolicyInfo::version).
    // An unchanged document adds nothing and returns the newest version.
    Result<PolicyVersion> addVersion(qint64 policyId, int expectedVersion, const QByteArray& documentJson,
                                     const QString& note = QString()) const;

    Result<QVector<PolicyInfo>> list(qint64 fundId = 0, bool includeArchived = false) const;   // 0: every fund
    Result<PolicyInfo> get(qint64 id) const;
    Result<PolicyVersion> latestVersion(qint64 policyId) const;
    Result<PolicyVersion> getVersion(qint64 versionId) const;
    Result<QVector<PolicyVersion>> versions(qint64 policyId) const;   // newest first
    // Archived policies take no new applications; grants computed with them stay as they are.
    Result<PolicyInfo> setArchived(qint64 id, int expectedVersion, bool archived) const;

    static const QString& tableName();

private:
    const Database& m_db;
};

} // namespace dx
