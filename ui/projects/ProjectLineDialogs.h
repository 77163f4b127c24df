#pragma once

#include "domain/Project.h"

class QWidget;

namespace dx {

// Small forms for one cost line or one milestone of a project. They return false when
// cancelled; validation happens in the repository (its message is shown by the caller).
bool editCostLine(QWidget* parent, CostLine& line);
bool editMilestone(QWidget* parent, Milestone& milestone);
bool editInvoice(QWidget* parent, Invoice& invoice);
bool editPayment(QWidget* parent, Payment& payment);

} // namespace dx
