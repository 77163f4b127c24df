#include "ProjectLineDialogs.h"

#include "common/Format.h"
#include "domain/CostCategory.h"

#include <QCoreApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace dx {

namespace {
// The forms' strings live in the dx::ProjectLineDialogs translation context (lupdate reads it from here).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dx::ProjectLineDialogs)
};

QDateEdit* dateEdit(QDialog* dialog, const QDate& date, const QString& objectName)
{
    auto* edit = new QDateEdit(date.isValid() ? date : QDate::currentDate(), dialog);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}

QDialogButtonBox* okCancel(QDialog* dialog)
{
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}
}

bool editCostLine(QWidget* parent, CostLine& line)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("costLineDialog"));
    dialog.setWindowTitle(line.id ? Text::tr("Edit cost line") : Text::tr("Add cost line"));
    auto* form = new QFormLayout(&dialog);
    auto* category = new QComboBox(&dialog);
    category->setObjectName(QStringLiteral("costCategory"));
    category->setEditable(true);
    // The usual categories; eligible by default are the ones subsidy policies cover.
    for (const QString& key : costCategoryKeys())
        category->addItem(costCategoryName(key), key);
    category->setCurrentText(costCategoryName(line.category.isEmpty() ? QStringLiteral("software") : line.category));
    auto* description = new QLineEdit(line.description, &dialog);
    description->setObjectName(QStringLiteral("costDescription"));
    auto* amount = new QLineEdit(format::wanInput(line.amount), &dialog);
    amount->setObjectName(QStringLiteral("costAmount"));
    amount->setPlaceholderText(Text::tr("in 10k yuan"));
    auto* eligible = new QCheckBox(Text::tr("Eligible for subsidy"), &dialog);
    eligible->setObjectName(QStringLiteral("costEligible"));
    eligible->setChecked(line.id ? line.eligible : true);
    auto* error = new QLabel(&dialog);
    error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    form->addRow(Text::tr("&Category"), category);
    form->addRow(Text::tr("&Description"), description);
    form->addRow(Text::tr("&Amount (10k yuan)"), amount);
    form->addRow(QString(), eligible);
    form->addRow(error);
    auto* buttons = okCancel(&dialog);
    form->addRow(buttons);
    QObject::disconnect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        const auto parsed = Money::parseWan(amount->text());
        if (!parsed) {
            error->setText(Text::tr("The amount is not a number of 10k yuan."));
            return;
        }
        line.category = costCategoryKey(category->currentText());
        line.description = description->text().trimmed();
        line.amount = *parsed;
        line.eligible = eligible->isChecked();
        dialog.accept();
    });
    return dialog.exec() == QDialog::Accepted;
}

bool editMilestone(QWidget* parent, Milestone& milestone)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("milestoneDialog"));
    dialog.setWindowTitle(milestone.id ? Text::tr("Edit milestone") : Text::tr("Add milestone"));
    auto* form = new QFormLayout(&dialog);
    auto* title = new QLineEdit(milestone.title, &dialog);
    title->setObjectName(QStringLiteral("milestoneTitle"));
    auto* due = new QDateEdit(milestone.dueOn.isValid() ? milestone.dueOn : QDate::currentDate().addMonths(1), &dialog);
    due->setObjectName(QStringLiteral("milestoneDue"));
    due->setCalendarPopup(true);
    due->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto* done = new QCheckBox(Text::tr("Done on"), &dialog);
    done->setObjectName(QStringLiteral("milestoneDone"));
    auto* doneOn = new QDateEdit(milestone.doneOn.isValid() ? milestone.doneOn : QDate::currentDate(), &dialog);
    doneOn->setCalendarPopup(true);
    doneOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    done->setChecked(milestone.doneOn.isValid());
    doneOn->setEnabled(done->isChecked());
    QObject::connect(done, &QCheckBox::toggled, doneOn, &QWidget::setEnabled);
    form->addRow(Text::tr("&Title"), title);
    form->addRow(Text::tr("&Due"), due);
    form->addRow(done, doneOn);
    form->addRow(okCancel(&dialog));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    milestone.title = title->text().trimmed();
    milestone.dueOn = due->date();
    milestone.doneOn = done->isChecked() ? doneOn->date() : QDate();
    return true;
}

bool editInvoice(QWidget* parent, Invoice& invoice)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("invoiceDialog"));
    dialog.setWindowTitle(invoice.id ? Text::tr("Edit invoice") : Text::tr("Add invoice"));
    auto* form = new QFormLayout(&dialog);
    auto* number = new QLineEdit(invoice.number, &dialog);
    number->setObjectName(QStringLiteral("invoiceNumber"));
    auto* issued = dateEdit(&dialog, invoice.issuedOn, QStringLiteral("invoiceDate"));
    auto* amount = new QLineEdit(format::wanInput(invoice.amount), &dialog);
    amount->setObjectName(QStringLiteral("invoiceAmount"));
    auto* exclTax = new QLineEdit(format::wanInput(invoice.amountExclTax), &dialog);
    exclTax->setObjectName(QStringLiteral("invoiceExclTax"));
    auto* error = new QLabel(&dialog);
    error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    form->addRow(Text::tr("&Number"), number);
    form->addRow(Text::tr("&Date"), issued);
    form->addRow(Text::tr("&Amount incl. tax (10k yuan)"), amount);
    form->addRow(Text::tr("Amount &excl. tax (10k yuan)"), exclTax);
    form->addRow(error);
    auto* buttons = okCancel(&dialog);
    form->addRow(buttons);
    QObject::disconnect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        const auto a = Money::parseWan(amount->text()), e = Money::parseWan(exclTax->text());
        if (!a || !e) {
            error->setText(Text::tr("The amounts must be numbers of 10k yuan."));
            return;
        }
        invoice.number = number->text().trimmed();
        invoice.issuedOn = issued->date();
        invoice.amount = *a;
        invoice.amountExclTax = *e;
        dialog.accept();
    });
    return dialog.exec() == QDialog::Accepted;
}

bool editPayment(QWidget* parent, Payment& payment)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("paymentDialog"));
    dialog.setWindowTitle(payment.id ? Text::tr("Edit payment") : Text::tr("Add payment"));
    auto* form = new QFormLayout(&dialog);
    auto* reference = new QLineEdit(payment.reference, &dialog);
    reference->setObjectName(QStringLiteral("paymentReference"));
    auto* paid = dateEdit(&dialog, payment.paidOn, QStringLiteral("paymentDate"));
    auto* amount = new QLineEdit(format::wanInput(payment.amount), &dialog);
    amount->setObjectName(QStringLiteral("paymentAmount"));
    auto* error = new QLabel(&dialog);
    error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    form->addRow(Text::tr("&Reference"), reference);
    form->addRow(Text::tr("&Date"), paid);
    form->addRow(Text::tr("&Amount (10k yuan)"), amount);
    form->addRow(error);
    auto* buttons = okCancel(&dialog);
    form->addRow(buttons);
    QObject::disconnect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        const auto a = Money::parseWan(amount->text());
        if (!a) {
            error->setText(Text::tr("The amount is not a number of 10k yuan."));
            return;
        }
        payment.reference = reference->text().trimmed();
        payment.paidOn = paid->date();
        payment.amount = *a;
        dialog.accept();
    });
    return dialog.exec() == QDialog::Accepted;
}

} // namespace dx
