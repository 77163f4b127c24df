#include "AssessmentIndex.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace dx {

namespace {

// Reads one index file and checks it as it goes; the first problem found is returned with
// the path of the element (e.g. "foundation/equipment/network").
class Reader
{
public:
    explicit Reader(QString origin) : m_origin(std::move(origin)) {}

    Status fail(const QString& where, const QString& what) const
    {
        return Status::error(ErrorCode::Validation,
                             AssessmentIndex::tr("The assessment index %1 is invalid at %2: %3").arg(m_origin, where, what));
    }

    Status uniqueId(QSet<QString>& seen, const QString& id, const QString& where) const
    {
        if (id.isEmpty())
            return fail(where, AssessmentIndex::tr("an element has no id"));
        if (seen.contains(id))
            return fail(where, AssessmentIndex::tr("the id \"%1\" is used twice").arg(id));
        seen.insert(id);
        return Status::ok();
    }

    static MilliPoints points(const QJsonObject& o) { return AssessmentIndex::toMilli(o.value(QLatin1String("points")).toDouble()); }

    // Points become integer milli-points: a number beyond what that holds (1e300) cannot be
    // converted at all, and very large ones would overflow the sums checked below. So every
    // "points", "totalPoints" and "minScore" of the file, wherever it stands, is checked first.
    Status pointsInRange(const QJsonValue& v, const QString& where) const
    {
        constexpr double maxPoints = 1000000;
        if (v.isArray()) {
            const QJsonArray a = v.toArray();
            for (qsizetype i = 0; i < a.size(); ++i)
                if (Status s = pointsInRange(a.at(i), where + QLatin1Char('/') + QString::number(i)); !s)
                    return s;
        }
        if (!v.isObject())
            return Status::ok();
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString at = where + QLatin1Char('/') + it.key();
            const bool isPoints = it.key() == QLatin1String("points") || it.key() == QLatin1String("totalPoints")
                || it.key() == QLatin1String("minScore");
            if (isPoints && it.value().isDouble() && !(qAbs(it.value().toDouble()) <= maxPoints))
                return fail(at, AssessmentIndex::tr("%1 is not a number of points from -1,000,000 to 1,000,000")
                                    .arg(it.value().toDouble()));
            if (Status s = pointsInRange(it.value(), at); !s)
                return s;
        }
        return Status::ok();
    }

    Status readItem(const QJsonObject& o, const QString& where, IndexItem& item, QSet<QString>& evidenceIds) const
    {
        item.id = o.value(QLatin1String("id")).toString();
        item.name = o.value(QLatin1String("name")).toString();
        item.help = o.value(QLatin1String("help")).toString();
        item.points = points(o);
        item.required = o.value(QLatin1String("required")).toBool(true);
        const QString kind = o.value(QLatin1String("kind")).toString();
        static const QHash<QString, ItemKind> kinds = {{QStringLiteral("single"), ItemKind::Single},
                                                       {QStringLiteral("multi"), ItemKind::Multi},
                                                       {QStringLiteral("band"), ItemKind::Band},
                                                       {QStringLiteral("compare"), ItemKind::Compare}};
        if (!kinds.contains(kind))
            return fail(where, AssessmentIndex::tr("unknown item kind \"%1\" (expected single, multi, band or compare)").arg(kind));
        item.kind = kinds.value(kind);
        if (item.points <= 0)
            return fail(where, AssessmentIndex::tr("the item has no points"));

        QSet<QString> optionIds;
        for (const QJsonValue& v : o.value(QLatin1String("options")).toArray()) {
            const QJsonObject oo = v.toObject();
            IndexOption opt{oo.value(QLatin1String("id")).toString(), oo.value(QLatin1String("label")).toString(), points(oo),
                            oo.value(QLatin1String("exclusive")).toBool(), oo.value(QLatin1String("help")).toString()};
            const Status s = uniqueId(optionIds, opt.id, where + QLatin1Char('/') + opt.id);
            if (!s)
                return s;
            if (opt.points < 0)
                return fail(where + QLatin1Char('/') + opt.id, AssessmentIndex::tr("negative points"));
            item.options.push_back(opt);
        }
        for (const QJsonValue& v : o.value(QLatin1String("evidence")).toArray()) {
            const QJsonObject eo = v.toObject();
            IndexEvidence ev{eo.value(QLatin1String("id")).toString(), eo.value(QLatin1String("label")).toString(),
                             eo.value(QLatin1String("unit")).toString(), eo.value(QLatin1String("role")).toString()};
            const Status s = uniqueId(evidenceIds, ev.id, where + QStringLiteral("/evidence/") + ev.id);
            if (!s)
                return s;
            item.evidence.push_back(ev);
        }

        switch (item.kind) {
        case ItemKind::Single:
        case ItemKind::Compare: {
            if (item.options.size() < 2)
                return fail(where, AssessmentIndex::tr("a choice needs at least two options"));
            MilliPoints best = 0;
            for (const IndexOption& opt : item.options)
                best = qMax(best, opt.points);
            if (best != item.points)
                return fail(where, AssessmentIndex::tr("the best option gives %1 points but the item is worth %2")
                                       .arg(AssessmentIndex::formatPoints(best), AssessmentIndex::formatPoints(item.points)));
            if (item.kind == ItemKind::Compare) {
                item.betterWhen = o.value(QLatin1String("betterWhen")).toString();
                if (item.betterWhen != QLatin1String("lower") && item.betterWhen != QLatin1String("higher"))
                    return fail(where, AssessmentIndex::tr("a comparison needs betterWhen \"lower\" or \"higher\""));
                for (const char* id : {"worse", "same", "better"})
                    if (!item.option(QLatin1String(id)))
                        return fail(where, AssessmentIndex::tr("a comparison needs the options worse, same and better"));
            }
            break;
        }
        case ItemKind::Multi: {
            if (item.options.isEmpty())
                return fail(where, AssessmentIndex::tr("a multiple choice needs options"));
            MilliPoints sum = 0;
            for (const IndexOption& opt : item.options)
                if (!opt.exclusive)
                    sum += opt.points;
            if (sum < item.points)
                return fail(where, AssessmentIndex::tr("all options together give %1 points, less than the item's %2")
                                       .arg(AssessmentIndex::formatPoints(sum), AssessmentIndex::formatPoints(item.points)));
            for (const IndexOption& opt : item.options)
                if (opt.exclusive && opt.points != 0)
                    return fail(where + QLatin1Char('/') + opt.id, AssessmentIndex::tr("an exclusive option must give 0 points"));
            break;
        }
        case ItemKind::Band: {
            item.unit = o.value(QLatin1String("unit")).toString();
            item.min = o.value(QLatin1String("min")).toDouble();
            item.max = o.value(QLatin1String("max")).toDouble();
            if (item.max <= item.min)
                return fail(where, AssessmentIndex::tr("max must be greater than min"));
            double previous = item.min - 1e300;
            MilliPoints best = 0;
            for (const QJsonValue& v : o.value(QLatin1String("bands")).toArray()) {
                const QJsonObject bo = v.toObject();
                IndexBand band{bo.value(QLatin1String("upTo")).toDouble(), points(bo)};
                if (!bo.contains(QLatin1String("upTo")) || band.upTo <= previous)
                    return fail(where, AssessmentIndex::tr("the bands must be in ascending order of upTo"));
                previous = band.upTo;
                best = qMax(best, band.points);
                item.bands.push_back(band);
            }
            if (item.bands.isEmpty() || item.bands.last().upTo != item.max)
                return fail(where, AssessmentIndex::tr("the last band must end at max (%1)").arg(item.max));
            if (best != item.points)
                return fail(where, AssessmentIndex::tr("the best band gives %1 points but the item is worth %2")
                                       .arg(AssessmentIndex::formatPoints(best), AssessmentIndex::formatPoints(item.points)));
            break;
        }
        }
        return Status::ok();
    }

    Result<AssessmentIndex> read(const QJsonObject& root) const
    {
        if (Status s = pointsInRange(root, QString()); !s)
            return s;
        AssessmentIndex index;
        index.id = root.value(QLatin1String("id")).toString();
        index.version = root.value(QLatin1String("version")).toString();
        index.title = root.value(QLatin1String("title")).toString();
        index.source = root.value(QLatin1String("source")).toString();
        index.totalOnly = root.value(QLatin1String("totalOnly")).toBool();
        index.totalPoints = points(QJsonObject{{QStringLiteral("points"), root.value(QLatin1String("totalPoints"))}});
        if (index.id.isEmpty() || index.version.isEmpty())
            return fail(QStringLiteral("/"), AssessmentIndex::tr("the index needs an id and a version"));
        if (index.totalPoints <= 0)
            return fail(QStringLiteral("/"), AssessmentIndex::tr("totalPoints is missing"));

        QSet<QString> ids, evidenceIds;
        MilliPoints total = 0;
        for (const QJsonValue& dv : root.value(QLatin1String("dimensions")).toArray()) {
            const QJsonObject d = dv.toObject();
            IndexDimension dim{d.value(QLatin1String("id")).toString(), d.value(QLatin1String("name")).toString(), points(d), {}};
            Status s = uniqueId(ids, dim.id, dim.id);
            if (!s)
                return s;
            MilliPoints dimSum = 0;
            for (const QJsonValue& iv : d.value(QLatin1String("indicators")).toArray()) {
                const QJsonObject i = iv.toObject();
                IndexIndicator ind{i.value(QLatin1String("id")).toString(), i.value(QLatin1String("name")).toString(), points(i), {}};
                const QString indWhere = dim.id + QLatin1Char('/') + ind.id;
                s = uniqueId(ids, ind.id, indWhere);
                if (!s)
                    return s;
                MilliPoints indSum = 0;
                for (const QJsonValue& itv : i.value(QLatin1String("items")).toArray()) {
                    IndexItem item;
                    const QString itemWhere = indWhere + QLatin1Char('/') + itv.toObject().value(QLatin1String("id")).toString();
                    s = uniqueId(ids, itv.toObject().value(QLatin1String("id")).toString(), itemWhere);
                    if (!s)
                        return s;
                    s = readItem(itv.toObject(), itemWhere, item, evidenceIds);
                    if (!s)
                        return s;
                    indSum += item.points;
                    ind.items.push_back(item);
                }
                if (indSum != ind.points)
                    return fail(indWhere, AssessmentIndex::tr("the items add up to %1 points, not %2")
                                              .arg(AssessmentIndex::formatPoints(indSum), AssessmentIndex::formatPoints(ind.points)));
                dimSum += ind.points;
                dim.indicators.push_back(ind);
            }
            if (dimSum != dim.points)
                return fail(dim.id, AssessmentIndex::tr("the indicators add up to %1 points, not %2")
                                        .arg(AssessmentIndex::formatPoints(dimSum), AssessmentIndex::formatPoints(dim.points)));
            total += dim.points;
            index.dimensions.push_back(dim);
        }
        if (!index.totalOnly && total != index.totalPoints)
            return fail(QStringLiteral("/"), AssessmentIndex::tr("the dimensions add up to %1 points, not %2")
                                                 .arg(AssessmentIndex::formatPoints(total), AssessmentIndex::formatPoints(index.totalPoints)));
        if (index.totalOnly && !index.dimensions.isEmpty())
            return fail(QStringLiteral("/"), AssessmentIndex::tr("a total-only index has no dimensions"));

        QSet<QString> groupIds;
        for (const QJsonValue& gv : root.value(QLatin1String("sceneGroups")).toArray()) {
            SceneGroup g{gv.toObject().value(QLatin1String("id")).toString(), gv.toObject().value(QLatin1String("name")).toString()};
            const Status s = uniqueId(groupIds, g.id, QStringLiteral("sceneGroups/") + g.id);
            if (!s)
                return s;
            index.sceneGroups.push_back(g);
        }
        for (const QJsonValue& sv : root.value(QLatin1String("scenes")).toArray()) {
            const QJsonObject so = sv.toObject();
            Scene scene;
            scene.id = so.value(QLatin1String("id")).toString();
            scene.name = so.value(QLatin1String("name")).toString();
            scene.group = so.value(QLatin1String("group")).toString();
            scene.binding = so.value(QLatin1String("binding")).toBool();
            const QString where = QStringLiteral("scenes/") + scene.id;
            const Status s = uniqueId(ids, scene.id, where);
            if (!s)
                return s;
            if (!groupIds.contains(scene.group))
                return fail(where, AssessmentIndex::tr("unknown scene group \"%1\"").arg(scene.group));
            const QJsonObject descriptors = so.value(QLatin1String("descriptors")).toObject();
            for (int level = 1; level <= 4; ++level) {
                scene.descriptors[level] = descriptors.value(QString::number(level)).toString();
                if (scene.descriptors[level].isEmpty())
                    return fail(where, AssessmentIndex::tr("the descriptor of level %1 is missing").arg(level));
            }
            index.scenes.push_back(scene);
        }

        int previousLevel = 1000;
        for (const QJsonValue& lv : root.value(QLatin1String("levels")).toArray()) {
            const QJsonObject lo = lv.toObject();
            LevelRule rule;
            rule.level = lo.value(QLatin1String("level")).toInt();
            rule.name = lo.value(QLatin1String("name")).toString();
            rule.minScore = AssessmentIndex::toMilli(lo.value(QLatin1String("minScore")).toDouble());
            rule.sceneLevel = lo.value(QLatin1String("sceneLevel")).toInt();
            rule.minScenes = lo.value(QLatin1String("minScenes")).toInt();
            rule.minBindingScenes = lo.value(QLatin1String("minBindingScenes")).toInt();
            const QString where = QStringLiteral("levels/") + QString::number(rule.level);
            if (rule.level <= 0 || rule.level >= previousLevel)
                return fail(where, AssessmentIndex::tr("levels must be listed highest first, each once"));
            if (rule.minScenes > index.scenes.size() || rule.minBindingScenes > rule.minScenes ||
                rule.sceneLevel < 0 || rule.sceneLevel > 4)
                return fail(where, AssessmentIndex::tr("the scene requirements cannot be met with this index's scenes"));
            previousLevel = rule.level;
            index.levels.push_back(rule);
        }
        if (index.levels.isEmpty())
            return fail(QStringLiteral("levels"), AssessmentIndex::tr("the index has no level rules"));
        return index;
    }

private:
    QString m_origin;
};

} // namespace

const IndexOption* IndexItem::option(const QString& optionId) const
{
    for (const IndexOption& o : options)
        if (o.id == optionId)
            return &o;
    return nullptr;
}

Result<AssessmentIndex> AssessmentIndex::fromJson(const QByteArray& json, const QString& origin)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return Status::error(ErrorCode::Validation, tr("The assessment index %1 is not valid JSON: %2 (at byte %3)")
                                                        .arg(origin, error.errorString())
                                                        .arg(error.offset));
    if (!doc.isObject())
        return Status::error(ErrorCode::Validation, tr("The assessment index %1 is invalid: the top level must be a JSON object.")
                                                        .arg(origin));
    return Reader(origin).read(doc.object());
}

Result<AssessmentIndex> AssessmentIndex::load(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Status::error(ErrorCode::Io, tr("Cannot read the assessment index %1: %2").arg(path, f.errorString()));
    return fromJson(f.readAll(), QFileInfo(path).fileName());
}

Result<QVector<AssessmentIndex>> AssessmentIndex::shipped()
{
    QVector<AssessmentIndex> out;
    const QDir dir(QStringLiteral(":/dx/indices"));
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        auto index = load(dir.filePath(name));
        if (!index)
            return index.status();
        out.push_back(index.takeValue());
    }
    return out;
}

Result<AssessmentIndex> AssessmentIndex::shipped(const QString& indexId, const QString& version)
{
    // Parsed once per process (thread-safe static initialisation); the files never change.
    static const Result<QVector<AssessmentIndex>> all = shipped();
    if (!all)
        return all.status();
    for (const AssessmentIndex& index : all.value())
        if (index.id == indexId && index.version == version)
            return index;
    return Status::error(ErrorCode::NotFound, tr("The assessment index %1 version %2 is not known to this DX Desk.").arg(indexId, version));
}

QString AssessmentIndex::levelName(int level)
{
    static const Result<QVector<AssessmentIndex>> all = shipped();
    if (all)
        for (const AssessmentIndex& index : all.value())
            for (const LevelRule& rule : index.levels)
                if (rule.level == level)
                    return rule.name;
    return level > 0 ? tr("Level %1").arg(level) : QString();
}

const IndexItem* AssessmentIndex::item(const QString& itemId) const
{
    for (const IndexDimension& d : dimensions)
        for (const IndexIndicator& i : d.indicators)
            for (const IndexItem& it : i.items)
                if (it.id == itemId)
                    return &it;
    return nullptr;
}

const Scene* AssessmentIndex::scene(const QString& sceneId) const
{
    for (const Scene& s : scenes)
        if (s.id == sceneId)
            return &s;
    return nullptr;
}

QVector<const IndexItem*> AssessmentIndex::allItems() const
{
    QVector<const IndexItem*> out;
    for (const IndexDimension& d : dimensions)
        for (const IndexIndicator& i : d.indicators)
            for (const IndexItem& it : i.items)
                out.push_back(&it);
    return out;
}

QString AssessmentIndex::formatPoints(MilliPoints p)
{
    QString s = QString::number(double(p) / 1000.0, 'f', 3);
    while (s.contains(QLatin1Char('.')) && (s.endsWith(QLatin1Char('0')) || s.endsWith(QLatin1Char('.'))))
        s.chop(1);
    return s;
}

} // namespace dx
