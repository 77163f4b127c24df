// A main() for the libFuzzer targets without libFuzzer: the ctest suite's brief, deterministic
// run of every parser target (built with gcc too). It feeds the seed files and folders given on
// the command line as they are, then -runs=N mutations of them (byte flips, JSON and CSV tokens,
// cuts, repeats, splices) from -seed=S. An input that aborts or trips a sanitizer is written to
// ./crash-<target>-<run>.bin first, to become a file in tests/fuzz/regressions/<target>/.
//
//   replay_index -runs=20000 resources/indices tests/fuzz/regressions/index
#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QVector>
#include <csignal>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace {

QByteArray g_current;
QByteArray g_crashFile;

void keepCrash(int sig)
{
    if (FILE* f = std::fopen(g_crashFile.constData(), "wb")) {
        std::fwrite(g_current.constData(), 1, size_t(g_current.size()), f);
        std::fclose(f);
    }
    std::signal(sig, SIG_DFL);
    std::raise(sig);
}

void feed(const QByteArray& input, const QByteArray& name, long run)
{
    g_current = input;
    g_crashFile = "crash-" + name + "-" + QByteArray::number(qlonglong(run)) + ".bin";
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(input.constData()), size_t(input.size()));
}

// Structure-aware: byte edits break a JSON document at once, so half the mutations of a JSON
// seed change one value deep inside it (a number out of range, a wrong type, a key or an
// element gone or doubled) and keep the rest valid, reaching the checks behind the parser.
QJsonValue oddValue(QRandomGenerator& rng)
{
    switch (rng.bounded(9u)) {
    case 0: return QJsonValue(-1);
    case 1: return QJsonValue(0);
    case 2: return QJsonValue(1e308);
    case 3: return QJsonValue(0.5);
    case 4: return QJsonValue(QStringLiteral(""));
    case 5: return QJsonValue(QStringLiteral("二级"));
    case 6: return QJsonValue(QJsonArray());
    case 7: return QJsonValue(QJsonObject());
    default: return QJsonValue(QJsonValue::Null);
    }
}

QJsonValue mutateValue(const QJsonValue& v, QRandomGenerator& rng, int depth)
{
    if (v.isObject() && !v.toObject().isEmpty() && depth < 12 && rng.bounded(4u) != 0) {
        QJsonObject o = v.toObject();
        const QString key = o.keys().at(int(rng.bounded(quint32(o.size()))));
        if (rng.bounded(8u) == 0)
            o.remove(key);
        else
            o.insert(key, mutateValue(o.value(key), rng, depth + 1));
        return o;
    }
    if (v.isArray() && !v.toArray().isEmpty() && depth < 12 && rng.bounded(4u) != 0) {
        QJsonArray a = v.toArray();
        const int i = int(rng.bounded(quint32(a.size())));
        switch (rng.bounded(8u)) {
        case 0: a.removeAt(i); break;
        case 1: a.append(a.at(i)); break;
        default: a.replace(i, mutateValue(a.at(i), rng, depth + 1));
        }
        return a;
    }
    return oddValue(rng);
}

QByteArray mutate(QVector<QByteArray>& seeds, QRandomGenerator& rng)
{
    {
        const QByteArray& seed = seeds.at(int(rng.bounded(quint32(seeds.size()))));
        const QJsonDocument doc = QJsonDocument::fromJson(seed);
        if (!doc.isNull() && rng.bounded(2u) == 0) {
            QJsonValue v = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
            for (int n = 1 + int(rng.bounded(3u)); n > 0; --n)
                v = mutateValue(v, rng, 0);
            return v.isObject() ? QJsonDocument(v.toObject()).toJson() : QJsonDocument(v.toArray()).toJson();
        }
    }
    static const char* const tokens[] = {"{", "}", "[", "]", "\"", ":", ",", "null", "true", "-1", "0", "1e309", "-0.0",
                                         "\"id\"", "\"points\"", "\"levels\"", "\"items\"", "\\u0000", "\n", "\r\n", "\"\"",
                                         "9223372036854775807", "４５", "万元", "%", "\xEF\xBB\xBF", "\xFF\xFE", "，"};
    QByteArray b = seeds.at(int(rng.bounded(quint32(seeds.size()))));
    const int edits = 1 + int(rng.bounded(4u));
    for (int e = 0; e < edits; ++e) {
        const quint32 at = b.isEmpty() ? 0 : rng.bounded(quint32(b.size()));
        switch (rng.bounded(7u)) {
        case 0:
            if (!b.isEmpty())
                b[at] = char(b.at(at) ^ (1 << rng.bounded(8u)));
            break;
        case 1:
            b.insert(at, tokens[rng.bounded(quint32(sizeof tokens / sizeof *tokens))]);
            break;
        case 2:
            b.remove(at, int(rng.bounded(64u)));
            break;
        case 3:
            b.insert(at, b.mid(int(rng.bounded(quint32(b.size() + 1))), int(rng.bounded(256u))));
            break;
        case 4:
            b.truncate(int(at));
            break;
        case 5: {
            const QByteArray& other = seeds.at(int(rng.bounded(quint32(seeds.size()))));
            b = b.left(int(at)) + other.mid(int(rng.bounded(quint32(other.size() + 1))));
            break;
        }
        default:
            if (!b.isEmpty())
                b[at] = char(rng.bounded(256u));
        }
    }
    return b.left(1 << 20);
}

} // namespace

int main(int argc, char* argv[])
{
    long runs = 10000;
    quint32 seed = 1;
    QVector<QByteArray> seeds;
    const QByteArray name = QFileInfo(QString::fromLocal8Bit(argv[0])).fileName().toUtf8();
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg = argv[i];
        if (arg.startsWith("-runs=")) {
            runs = arg.mid(6).toLong();
            continue;
        }
        if (arg.startsWith("-seed=")) {
            seed = arg.mid(6).toUInt();
            continue;
        }
        const QString path = QString::fromLocal8Bit(arg);
        QStringList files;
        if (QFileInfo(path).isDir()) {
            QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                files << it.next();
        } else if (QFileInfo::exists(path)) {
            files << path;
        }
        files.sort();
        for (const QString& f : files) {
            QFile file(f);
            if (file.open(QIODevice::ReadOnly))
                seeds << file.read(1 << 20);
        }
    }
    if (seeds.isEmpty())
        seeds << QByteArray();
    for (int sig : {SIGABRT, SIGSEGV, SIGFPE, SIGBUS, SIGILL})
        std::signal(sig, keepCrash);
    long run = 0;
    for (const QByteArray& s : seeds)
        feed(s, name, run++);
    QRandomGenerator rng(seed);
    for (long i = 0; i < runs; ++i)
        feed(mutate(seeds, rng), name, run++);
    std::printf("%s: %ld inputs, no finding\n", name.constData(), run);
    return 0;
}
