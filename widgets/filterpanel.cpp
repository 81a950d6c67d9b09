// SPDX-License-Identifier: GPL-3.0-or-later
#include "filterpanel.h"
#include "types.h"

#include "taxonomymodel.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTimeZone>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace phenomap {

namespace {

const QTimeZone &brussels()
{
    return brusselsTimeZone();
}

qint64 startOfDay(const QDate &date)
{
    return QDateTime(date, QTime(0, 0), brussels()).toSecsSinceEpoch();
}

QDate localDate(qint64 utcSeconds)
{
    return QDateTime::fromSecsSinceEpoch(utcSeconds, brussels()).date();
}

} // namespace

FilterPanel::FilterPanel(QWidget *parent)
    : QWidget(parent), m_model(new TaxonomyModel(this)), m_tree(new QTreeView(this)),
      m_periodBox(new QGroupBox(tr("Period"), this)), m_fromEdit(new QDateEdit(this)), m_toEdit(new QDateEdit(this)),
      m_textEdit(new QLineEdit(this)), m_summaryLabel(new QLabel(this)), m_textTimer(new QTimer(this))
{
    setAccessibleName(tr("Filter"));

    auto *phenomenaLabel = new QLabel(tr("&Phenomena and modus operandi"), this);
    phenomenaLabel->setBuddy(m_tree);
    m_tree->setModel(m_model);
    m_tree->setObjectName(QStringLiteral("taxonomyTree"));
    m_tree->setAccessibleName(tr("Phenomena and modus operandi"));
    m_tree->setToolTip(tr("Tick the phenomena and modus operandi to show; the numbers count the incidents "
                          "of the current period and text search"));
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(false);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(TaxonomyModel::Label, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(TaxonomyModel::Count, QHeaderView::ResizeToContents);

    auto *allButton = new QPushButton(tr("&All"), this);
    allButton->setToolTip(tr("Tick every phenomenon and modus operandi"));
    auto *noneButton = new QPushButton(tr("&None"), this);
    noneButton->setToolTip(tr("Untick every phenomenon and modus operandi"));
    connect(allButton, &QPushButton::clicked, this, [this] { m_model->setAllChecked(true); });
    connect(noneButton, &QPushButton::clicked, this, [this] { m_model->setAllChecked(false); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(allButton);
    buttons->addWidget(noneButton);
    buttons->addStretch(1);

    m_periodBox->setCheckable(true);
    m_periodBox->setChecked(false);
    m_periodBox->setToolTip(tr("Only incidents that started within these days (Brussels time)"));
    for (QDateEdit *edit : {m_fromEdit, m_toEdit}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat).contains(QLatin1String("yyyy"))
                                   ? QLocale().dateFormat(QLocale::ShortFormat)
                                   : QStringLiteral("yyyy-MM-dd"));
    }
    m_fromEdit->setAccessibleName(tr("First day"));
    m_fromEdit->setToolTip(tr("First day of the period"));
    m_toEdit->setAccessibleName(tr("Last day"));
    m_toEdit->setToolTip(tr("Last day of the period (included)"));
    auto *periodLayout = new QFormLayout(m_periodBox);
    periodLayout->addRow(tr("&From:"), m_fromEdit);
    periodLayout->addRow(tr("&To:"), m_toEdit);

    m_textEdit->setPlaceholderText(tr("Search descriptions, addresses, references…"));
    m_textEdit->setClearButtonEnabled(true);
    m_textEdit->setAccessibleName(tr("Text search"));
    m_textEdit->setToolTip(tr("Words that must all appear in the incident's text"));
    auto *textLabel = new QLabel(tr("&Text:"), this);
    textLabel->setBuddy(m_textEdit);
    auto *textRow = new QHBoxLayout;
    textRow->addWidget(textLabel);
    textRow->addWidget(m_textEdit, 1);

    m_summaryLabel->setObjectName(QStringLiteral("filterSummary"));
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setAccessibleName(tr("Filter summary"));
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summaryLabel->setFrameShape(QFrame::StyledPanel);
    m_summaryLabel->setMargin(6);
    m_summaryLabel->setAutoFillBackground(true);

    auto *phenomenaPage = new QWidget(this);
    auto *phenomenaLayout = new QVBoxLayout(phenomenaPage);
    phenomenaLayout->setContentsMargins(4, 4, 4, 4);
    phenomenaLayout->addWidget(phenomenaLabel);
    phenomenaLayout->addWidget(m_tree, 1);
    phenomenaLayout->addLayout(buttons);
    m_restrictions = new FilterRestrictions(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(phenomenaPage, tr("Phenomena"));
    auto *restrictionsScroll = new QScrollArea(this);
    restrictionsScroll->setWidgetResizable(true);
    restrictionsScroll->setFrameShape(QFrame::NoFrame);
    restrictionsScroll->setWidget(m_restrictions);
    m_tabs->addTab(restrictionsScroll, tr("When and &Where"));
    m_tabs->setTabToolTip(1, tr("Weekdays, hours, zones, sources and marking"));
    connect(m_restrictions, &FilterRestrictions::changed, this, &FilterPanel::applyChanges);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_periodBox);
    layout->addLayout(textRow);
    layout->addWidget(m_summaryLabel);

    m_textTimer->setSingleShot(true);
    m_textTimer->setInterval(350);
    connect(m_textTimer, &QTimer::timeout, this, &FilterPanel::applyChanges);
    connect(m_textEdit, &QLineEdit::textChanged, m_textTimer, qOverload<>(&QTimer::start));
    connect(m_model, &TaxonomyModel::checkedChanged, this, &FilterPanel::applyChanges);
    connect(m_periodBox, &QGroupBox::toggled, this, &FilterPanel::applyChanges);
    connect(m_fromEdit, &QDateEdit::dateChanged, this, [this](const QDate &d) {
        if (m_toEdit->date() < d)
            m_toEdit->setDate(d);
        applyChanges();
    });
    connect(m_toEdit, &QDateEdit::dateChanged, this, [this](const QDate &d) {
        if (m_fromEdit->date() > d)
            m_fromEdit->setDate(d);
        applyChanges();
    });
    applyChanges();
}

void FilterPanel::setTaxonomy(const QList<TaxonomyNode> &nodes, const QString &language)
{
    m_labels.clear();
    m_phenomenonCount = m_moCount = 0;
    for (const TaxonomyNode &node : nodes) {
        m_labels.insert(node.id, node.label(language));
        (node.kind == QLatin1String("mo") ? m_moCount : m_phenomenonCount)++;
    }
    m_updating = true;
    m_model->setTaxonomy(nodes, language);
    m_updating = false;
    m_tree->collapseAll();
    applyChanges();
}

void FilterPanel::setChoices(const FilterChoices &choices)
{
    m_updating = true;
    m_restrictions->setChoices(choices);
    m_updating = false;
    applyChanges();
}

void FilterPanel::setCounts(const QHash<qint64, quint32> &countsById)
{
    m_model->setCounts(countsById);
}

void FilterPanel::setDataRange(qint64 fromUtc, qint64 toUtc)
{
    const QDate from = fromUtc ? localDate(fromUtc) : QDate();
    const QDate to = toUtc ? localDate(toUtc) : QDate();
    m_dataFirst = from;
    m_dataLast = to;
    m_updating = true;
    if (from.isValid() && to.isValid()) {
        m_fromEdit->setDateRange(from, to);
        m_toEdit->setDateRange(from, to);
        m_fromEdit->setDate(from);
        m_toEdit->setDate(to);
    }
    m_periodBox->setChecked(false);
    m_updating = false;
    applyChanges();
}

void FilterPanel::setPeriod(const QDate &from, const QDate &to)
{
    m_updating = true;
    const bool on = from.isValid() && to.isValid();
    if (on) {
        m_fromEdit->setMinimumDate(std::min(m_fromEdit->minimumDate(), from));
        m_toEdit->setMaximumDate(std::max(m_toEdit->maximumDate(), to));
        m_toEdit->setMinimumDate(std::min(m_toEdit->minimumDate(), from));
        m_fromEdit->setMaximumDate(std::max(m_fromEdit->maximumDate(), to));
        m_fromEdit->setDate(from);
        m_toEdit->setDate(to);
    }
    m_periodBox->setChecked(on);
    m_updating = false;
    applyChanges();
}

void FilterPanel::setText(const QString &text)
{
    m_textEdit->setText(text);
    m_textTimer->stop();
    applyChanges();
}

bool FilterPanel::showOnlyPhenomenon(qint64 phenomenonId)
{
    QModelIndex target;
    for (int row = 0; row < m_model->rowCount() && !target.isValid(); ++row) {
        const QModelIndex index = m_model->index(row, TaxonomyModel::Label);
        if (index.data(TaxonomyModel::IdRole).toLongLong() == phenomenonId)
            target = index;
    }
    if (!target.isValid())
        return false;
    m_updating = true;
    m_model->setAllChecked(false);
    m_model->setData(target, Qt::Checked, Qt::CheckStateRole);
    m_updating = false;
    applyChanges();
    return true;
}

void FilterPanel::setFilter(const Filter &filter)
{
    m_updating = true;
    const bool allPhenomena = filter.phenomenonIds.isEmpty();
    const bool allMo = filter.moIds.isEmpty();
    m_model->setAllChecked(allPhenomena && allMo);
    if (!allPhenomena || !allMo) {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QModelIndex phenomenon = m_model->index(row, TaxonomyModel::Label);
            if (!allPhenomena && !filter.phenomenonIds.contains(phenomenon.data(TaxonomyModel::IdRole).toLongLong()))
                continue;
            if (allMo) {
                m_model->setData(phenomenon, Qt::Checked, Qt::CheckStateRole);
                continue;
            }
            for (int child = 0; child < m_model->rowCount(phenomenon); ++child) {
                const QModelIndex mo = m_model->index(child, TaxonomyModel::Label, phenomenon);
                if (filter.moIds.contains(mo.data(TaxonomyModel::IdRole).toLongLong()))
                    m_model->setData(mo, Qt::Checked, Qt::CheckStateRole);
            }
        }
    }
    m_textEdit->setText(filter.text);
    m_textTimer->stop();
    m_restrictions->readFrom(filter);
    const QDate from = filter.fromUtc ? localDate(filter.fromUtc) : QDate();
    const QDate to = filter.toUtc ? localDate(filter.toUtc - 1) : QDate();
    setPeriod(from, to); // clears m_updating and applies
}

Filter FilterPanel::filter() const
{
    Filter f;
    f.phenomenonIds = m_model->checkedPhenomena();
    f.moIds = m_model->checkedMo();
    if (m_periodBox->isChecked()) {
        f.fromUtc = startOfDay(m_fromEdit->date());
        f.toUtc = startOfDay(m_toEdit->date().addDays(1));
    }
    f.text = m_textEdit->text().simplified();
    m_restrictions->writeTo(f);
    return f;
}

QString FilterPanel::phenomenonLabel(qint64 id) const
{
    return m_labels.value(id, tr("unknown (%1)").arg(id));
}

QString FilterPanel::summary() const
{
    const Filter f = filter();
    const QSet<qint64> nothing{TaxonomyModel::kNothingChecked};
    if (f.phenomenonIds == nothing || f.moIds == nothing)
        return tr("Nothing is shown: no phenomenon is ticked.");
    QStringList parts;
    if (f.phenomenonIds.isEmpty()) {
        parts << tr("All phenomena");
    } else {
        QStringList names;
        for (qint64 id : f.phenomenonIds)
            names << phenomenonLabel(id);
        names.sort(Qt::CaseInsensitive);
        if (names.size() > 3)
            parts << tr("%n phenomena of %1 (%2, …)", nullptr, int(names.size()))
                         .arg(m_phenomenonCount)
                         .arg(names.mid(0, 3).join(QLatin1String(", ")));
        else
            parts << tr("Only %1").arg(names.join(QLatin1String(", ")));
    }
    if (!f.moIds.isEmpty())
        parts << tr("%n of %1 modus operandi", nullptr, int(f.moIds.size())).arg(m_moCount);
    if (f.fromUtc || f.toUtc) {
        const QLocale locale;
        parts << tr("from %1 to %2")
                     .arg(locale.toString(m_fromEdit->date(), QLocale::ShortFormat),
                          locale.toString(m_toEdit->date(), QLocale::ShortFormat));
    } else {
        parts << tr("all dates");
    }
    parts << m_restrictions->describe(f);
    if (!f.text.isEmpty())
        parts << tr("text contains “%1”").arg(f.text);
    return parts.join(QLatin1String(", ")) + QLatin1Char('.');
}

void FilterPanel::applyChanges()
{
    if (m_updating)
        return;
    m_summaryLabel->setText(summary());
    const Filter f = filter();
    if (f == m_lastEmitted)
        return;
    m_lastEmitted = f;
    Q_EMIT filterChanged(f);
}

} // namespace phenomap
