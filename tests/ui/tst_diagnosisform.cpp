// Fills a whole diagnosis from the keyboard, as an assessor on site would, and sees the
// running score and level; then submits it and finds the result in the database.
#include "GuiSupport.h"
#include "TestSupport.h"
#include "common/MessageBox.h"
#include "diagnosis/DiagnosisFormDialog.h"
#include "repo/DiagnosisRepository.h"
#include "repo/EnterpriseRepository.h"
#include "util/Settings.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QtTest>

using namespace dx;

class TestDiagnosisForm : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        test::isolateGui(m_db.dir());
        auto e = EnterpriseRepository(*m_db).create(test::sampleEnterprise(42));
        QVERIFY(e.isOk());
        Diagnosis d;
        d.enterpriseId = e->id;
        auto draft = DiagnosisRepository(*m_db).createDraft(d);
        QVERIFY2(draft.isOk(), qPrintable(draft.message()));
        m_id = draft->id;
        m_index = AssessmentIndex::shipped(draft->indexId, draft->indexVersion).value();
    }

    void fillEverythingFromTheKeyboard()
    {
        DiagnosisFormDialog form(m_db.db(), m_id);
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        auto* score = form.findChild<QLabel*>(QStringLiteral("scoreLabel"));
        auto* level = form.findChild<QLabel*>(QStringLiteral("levelLabel"));
        QVERIFY(score->text().startsWith(QStringLiteral("0 / 100")));

        // Submitting an empty form is refused and names what is missing.
        QTest::mouseClick(form.findChild<QPushButton*>(QStringLiteral("submitButton")), Qt::LeftButton);
        auto* error = form.findChild<QLabel*>(QStringLiteral("diagnosisError"));
        QVERIFY2(error->text().contains(m_index.allItems().first()->name), qPrintable(error->text()));

        for (const IndexItem* item : m_index.allItems()) {
            switch (item->kind) {
            case ItemKind::Single:
            case ItemKind::Compare: {
                auto* box = form.findChild<QComboBox*>(QStringLiteral("choice_") + item->id);
                QVERIFY(box);
                box->setFocus();
                QTest::keyClick(box, Qt::Key_End);   // the last option is the best one
                break;
            }
            case ItemKind::Multi:
                for (const IndexOption& opt : item->options) {
                    if (opt.exclusive)
                        continue;
                    auto* check = form.findChild<QCheckBox*>(QStringLiteral("check_%1_%2").arg(item->id, opt.id));
                    QVERIFY(check);
                    check->setFocus();
                    QTest::keyClick(check, Qt::Key_Space);
                    QVERIFY(check->isChecked());
                }
                break;
            case ItemKind::Band: {
                auto* spin = form.findChild<QDoubleSpinBox*>(QStringLiteral("value_") + item->id);
                QVERIFY(spin);
                spin->setFocus();
                spin->selectAll();
                QTest::keyClicks(spin, QString::number(item->max));
                QTest::keyClick(spin, Qt::Key_Tab);
                break;
            }
            }
        }
        QCOMPARE(score->text(), QStringLiteral("100 / 100 points"));
        QVERIFY2(level->text() != m_index.levels.first().name, "all points but no scenes is not the top level");

        for (const Scene& scene : m_index.scenes) {
            auto* box = form.findChild<QComboBox*>(QStringLiteral("scene_") + scene.id);
            QVERIFY(box);
            box->setFocus();
            QTest::keyClick(box, Qt::Key_End);   // level 4
        }
        QCOMPARE(level->text(), m_index.levels.first().name);   // 四级

        // "None" excludes the other answers of its item.
        const IndexItem* multi = nullptr;
        for (const IndexItem* item : m_index.allItems())
            if (item->kind == ItemKind::Multi)
                for (const IndexOption& opt : item->options)
                    if (opt.exclusive && !multi)
                        multi = item;
        QVERIFY(multi);
        QString noneId;
        for (const IndexOption& opt : multi->options)
            if (opt.exclusive)
                noneId = opt.id;
        auto* none = form.findChild<QCheckBox*>(QStringLiteral("check_%1_%2").arg(multi->id, noneId));
        none->setFocus();
        QTest::keyClick(none, Qt::Key_Space);
        QVERIFY(none->isChecked());
        for (const IndexOption& opt : multi->options)
            if (!opt.exclusive)
                QVERIFY(!form.findChild<QCheckBox*>(QStringLiteral("check_%1_%2").arg(multi->id, opt.id))->isChecked());
        const QString reduced = QStringLiteral("%1 / 100 points").arg(AssessmentIndex::formatPoints(100000 - multi->points));
        QCOMPARE(score->text(), reduced);

        // Autosave: the draft reaches the database without pressing Save.
        QTRY_VERIFY_WITH_TIMEOUT(DiagnosisRepository(*m_db).get(m_id)->totalScore == 100000 - multi->points, 6000);

        QTest::mouseClick(form.findChild<QPushButton*>(QStringLiteral("submitButton")), Qt::LeftButton);
        QCOMPARE(DiagnosisRepository(*m_db).get(m_id)->status, DiagnosisStatus::Submitted);
        QTest::mouseClick(form.findChild<QPushButton*>(QStringLiteral("confirmButton")), Qt::LeftButton);
        const Diagnosis stored = DiagnosisRepository(*m_db).get(m_id).value();
        QCOMPARE(stored.status, DiagnosisStatus::Confirmed);
        QCOMPARE(stored.totalScore, 100000 - multi->points);
        QVERIFY(!form.findChild<QPushButton*>(QStringLiteral("saveDiagnosisButton"))->isEnabled());   // read-only now
    }

private:
    test::TempDatabase m_db;
    qint64 m_id = 0;
    AssessmentIndex m_index;
};

QTEST_MAIN(TestDiagnosisForm)
#include "tst_diagnosisform.moc"
