// The resource pool as an officer uses it: a new provider and a product through their forms
// (a bad credit code keeps the form open with the reason and saves nothing), the search that
// filters both lists, and a project editor in which ticking a product makes its vendor a party.
#include "GuiSupport.h"
#include "ModalScript.h"
#include "TestSupport.h"
#include "common/CheckList.h"
#include "common/FormDialog.h"
#include "common/MessageBox.h"
#include "demo/DemoDiagnoses.h"
#include "projects/ProjectEditorDialog.h"
#include "providers/ProviderPoolWidget.h"
#include "repo/DiagnosisRepository.h"
#include "repo/EnterpriseRepository.h"
#include "repo/ProjectRepository.h"
#include "repo/ProviderRepository.h"
#include "util/Settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QtTest>

using namespace dx;

namespace {
int visibleRows(const QTreeWidget* tree)
{
    int n = 0;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        n += tree->topLevelItem(i)->isHidden() ? 0 : 1;
    return n;
}

void clickSave(QDialog* dialog)
{
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save), Qt::LeftButton);
}
}

class TestPoolGui : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        test::isolateGui(m_db.dir());
    }

    void newProviderThroughTheForm()
    {
        ProviderPoolWidget pool(m_db.db());
        pool.show();
        pool.reload();
        // First a mistyped credit code: the form stays open with the reason; then the right one.
        bool ran = false;
        QString refusal;
        test::whenModal<FormDialog>(
            [&refusal](FormDialog* form) {
                QCOMPARE(form->objectName(), QStringLiteral("providerEditor"));
                form->findChild<QLineEdit*>(QStringLiteral("providerName"))->setText(QStringLiteral("云智工业软件有限公司"));
                QTest::keyClicks(form->findChild<QLineEdit*>(QStringLiteral("providerCode")), QStringLiteral("91330106MA27Y4U47Y"));
                clickSave(form);
                refusal = form->errorText();
                QVERIFY(form->isVisible());
                auto* code = form->findChild<QLineEdit*>(QStringLiteral("providerCode"));
                code->clear();
                QTest::keyClicks(code, QStringLiteral("91330106MA27Y4U47R"));
                form->findChild<CheckList*>(QStringLiteral("providerClusters"))->setCheckedOne(QVariant(qint64(1)), true);
                clickSave(form);
            },
            &ran);
        QTest::mouseClick(pool.findChild<QPushButton*>(QStringLiteral("newProviderButton")), Qt::LeftButton);
        QVERIFY(ran);
        QVERIFY2(!refusal.isEmpty(), "a bad credit code must be refused in the form");
        auto providers = ProviderRepository(*m_db).list();
        QVERIFY(providers.isOk());
        QCOMPARE(providers->size(), 1);
        m_vendor = providers->first();
        QCOMPARE(m_vendor.creditCode, QStringLiteral("91330106MA27Y4U47R"));
        QCOMPARE(m_vendor.roles, QList<ProviderRole>{ProviderRole::ProductVendor});   // the default for a new provider
        QCOMPARE(m_vendor.clusterIds, QList<qint64>{1});
        auto* view = pool.findChild<QTreeWidget*>(QStringLiteral("providerView"));
        QCOMPARE(view->topLevelItemCount(), 1);
        QCOMPARE(view->currentItem()->text(0), m_vendor.name);   // the new provider is selected

        // A product of the selected provider through its form.
        ran = false;
        test::whenModal<FormDialog>(
            [](FormDialog* form) {
                QCOMPARE(form->objectName(), QStringLiteral("productEditor"));
                form->findChild<QLineEdit*>(QStringLiteral("productName"))->setText(QStringLiteral("注塑车间轻量化MES"));
                form->findChild<QComboBox*>(QStringLiteral("productCategory"))->setCurrentText(QStringLiteral("生产管控"));
                QTest::keyClicks(form->findChild<QLineEdit*>(QStringLiteral("productPrice")), QStringLiteral("8.5"));
                auto* review = form->findChild<QComboBox*>(QStringLiteral("productReview"));
                review->setCurrentIndex(review->findData(int(ReviewStatus::Approved)));
                auto* scenes = form->findChild<CheckList*>(QStringLiteral("productScenes"));
                QVERIFY(scenes->count() >= 16);
                scenes->setCheckedOne(scenes->item(0)->data(Qt::UserRole), true);
                clickSave(form);
            },
            &ran);
        QTest::mouseClick(pool.findChild<QPushButton*>(QStringLiteral("newProductButton")), Qt::LeftButton);
        QVERIFY(ran);
        auto products = ProviderRepository(*m_db).products(m_vendor.id);
        QVERIFY(products.isOk());
        QCOMPARE(products->size(), 1);
        m_product = products->first();
        QCOMPARE(m_product.price, Money::fromWan(8) + Money::fromYuan(5000));
        QCOMPARE(m_product.reviewStatus, ReviewStatus::Approved);
        QCOMPARE(m_product.sceneIds.size(), 1);

        // A rejected product needs its reason: the repository's message shows, nothing is saved.
        ran = false;
        test::whenModal<FormDialog>(
            [&refusal](FormDialog* form) {
                form->findChild<QLineEdit*>(QStringLiteral("productName"))->setText(QStringLiteral("落选产品"));
                auto* review = form->findChild<QComboBox*>(QStringLiteral("productReview"));
                review->setCurrentIndex(review->findData(int(ReviewStatus::Rejected)));
                clickSave(form);
                refusal = form->errorText();
                form->reject();
            },
            &ran);
        QTest::mouseClick(pool.findChild<QPushButton*>(QStringLiteral("newProductButton")), Qt::LeftButton);
        QVERIFY(ran);
        QVERIFY(!refusal.isEmpty());
        QCOMPARE(ProviderRepository(*m_db).products()->size(), 1);
    }

    void searchFiltersBothLists()
    {
        Provider other;
        other.name = QStringLiteral("粤智牵引服务有限公司");
        other.creditCode = test::makeCreditCode(QStringLiteral("440101"), 77);
        other.roles = {ProviderRole::Traction};
        QVERIFY(ProviderRepository(*m_db).create(other).isOk());
        ProviderPoolWidget pool(m_db.db());
        pool.reload();
        auto* providers = pool.findChild<QTreeWidget*>(QStringLiteral("providerView"));
        auto* products = pool.findChild<QTreeWidget*>(QStringLiteral("productView"));
        QVERIFY(!pool.findChild<QCheckBox*>(QStringLiteral("onlySelectedProvider"))->isChecked());
        QCOMPARE(visibleRows(providers), 2);
        // A product's name finds its vendor.
        pool.findChild<QLineEdit*>(QStringLiteral("poolSearch"))->setText(QStringLiteral("MES"));
        QCOMPARE(visibleRows(providers), 1);
        QCOMPARE(visibleRows(products), 1);
        pool.findChild<QLineEdit*>(QStringLiteral("poolSearch"))->clear();
        auto* role = pool.findChild<QComboBox*>(QStringLiteral("poolRole"));
        role->setCurrentIndex(role->findData(int(ProviderRole::Traction)));
        QCOMPARE(visibleRows(providers), 1);
        QVERIFY(!providers->topLevelItem(0)->isHidden() ? providers->topLevelItem(0)->text(0) == other.name
                                                        : providers->topLevelItem(1)->text(0) == other.name);
    }

    void tickingAProductAddsItsVendor()
    {
        auto e = EnterpriseRepository(*m_db).create(test::sampleEnterprise(3));
        QVERIFY(e.isOk());
        DiagnosisRepository diagnoses(*m_db);
        Diagnosis d;
        d.enterpriseId = e->id;
        d.visitDate = QDate(2025, 3, 1);
        auto draft = diagnoses.createDraft(d);
        QVERIFY(draft.isOk());
        Diagnosis filled = draft.value();
        filled.answers = DemoDiagnoses::answersFor(AssessmentIndex::shipped(filled.indexId, filled.indexVersion).value(), 0.3, 7);
        auto saved = diagnoses.save(filled);
        QVERIFY(saved.isOk());
        auto submitted = diagnoses.submit(saved->id, saved->version);
        auto confirmed = diagnoses.confirm(submitted->id, submitted->version);
        QVERIFY(confirmed.isOk());
        Project p;
        p.enterpriseId = e->id;
        p.baselineDiagnosisId = confirmed->id;
        p.title = QStringLiteral("注塑车间改造");
        auto project = ProjectRepository(*m_db).create(p);
        QVERIFY2(project.isOk(), qPrintable(project.message()));

        ProjectEditorDialog editor(m_db.db(), project->id);
        editor.show();
        auto* choice = editor.findChild<QTreeWidget*>(QStringLiteral("productChoice"));
        auto* vendors = editor.findChild<CheckList*>(QStringLiteral("vendorList"));
        QVERIFY(choice && vendors);
        QCOMPARE(choice->topLevelItemCount(), 1);   // the rejected one is not offered
        QVERIFY(!vendors->isChecked(QVariant(m_vendor.id)));
        choice->topLevelItem(0)->setCheckState(0, Qt::Checked);
        QVERIFY(vendors->isChecked(QVariant(m_vendor.id)));
        auto* scenes = editor.findChild<CheckList*>(QStringLiteral("targetScenes"));
        scenes->setCheckedOne(QVariant(m_product.sceneIds.first()), true);
        QVERIFY(editor.save());
        auto stored = ProjectRepository(*m_db).get(project->id);
        QVERIFY(stored.isOk());
        QCOMPARE(stored->productIds, QList<qint64>{m_product.id});
        QCOMPARE(stored->vendorIds, QList<qint64>{m_vendor.id});
        QCOMPARE(stored->targetSceneIds, m_product.sceneIds);

        // Unticking the vendor unticks its product; saving empties both lists.
        vendors->setCheckedOne(QVariant(m_vendor.id), false);
        QCOMPARE(choice->topLevelItem(0)->checkState(0), Qt::Unchecked);
        QVERIFY(editor.save());
        QVERIFY(ProjectRepository(*m_db).get(project->id)->productIds.isEmpty());
        QVERIFY(ProjectRepository(*m_db).get(project->id)->vendorIds.isEmpty());
    }

private:
    test::TempDatabase m_db;
    Provider m_vendor;
    Product m_product;
};

QTEST_MAIN(TestPoolGui)
#include "tst_poolgui.moc"
