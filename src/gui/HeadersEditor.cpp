#include "HeadersEditor.h"
#include "ui_HeadersEditor.h"

#include "HeadersTableModel.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QStyledItemDelegate>

namespace relais {

namespace {

// Edits a secret value without showing it.
class HeaderValueDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        auto *line = qobject_cast<QLineEdit *>(editor);
        const auto *model = qobject_cast<const HeadersTableModel *>(index.model());
        if (line && model && index.column() == HeadersTableModel::ValueColumn &&
            model->headers().at(index.row()).secret) {
            line->setEchoMode(QLineEdit::Password);
            line->setPlaceholderText(model->isStoredSecret(index.row())
                                         ? HeadersTableModel::tr("Type a new value to replace it")
                                         : HeadersTableModel::tr("Secret value"));
        }
        return editor;
    }
};

} // namespace

HeadersEditor::HeadersEditor(QWidget *parent)
    : EditorPage(parent)
    , m_ui(std::make_unique<Ui::HeadersEditor>())
    , m_model(new HeadersTableModel(this))
{
    m_ui->setupUi(this);
    m_ui->headersTable->setModel(m_model);
    m_ui->headersTable->setItemDelegate(new HeaderValueDelegate(m_ui->headersTable));
    QHeaderView *header = m_ui->headersTable->horizontalHeader();
    header->setSectionResizeMode(HeadersTableModel::NameColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(HeadersTableModel::ValueColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(HeadersTableModel::SecretColumn, QHeaderView::ResizeToContents);
    header->resizeSection(HeadersTableModel::NameColumn, 220);
    m_ui->headersTable->verticalHeader()->hide();
    m_ui->headersTable->installEventFilter(this);
    setNoteText(m_ui->headersHintLabel,
                tr("Values may hold placeholders such as {{ doc.name }}. Tick Secret for "
                   "credentials (Authorization, API keys): the value goes to the keychain and "
                   "is never shown again."));
    setErrorText(m_ui->headersErrorLabel, QString());
    setNoteText(m_ui->secretNoteLabel, QString());

    connect(m_ui->addHeaderButton, &QPushButton::clicked, this, &HeadersEditor::addHeader);
    connect(m_ui->removeHeaderButton, &QPushButton::clicked, this, &HeadersEditor::removeHeader);
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this] { Q_EMIT edited(QStringLiteral("headers")); });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this,
            [this] { Q_EMIT edited(QStringLiteral("headers")); });
    connect(m_ui->headersTable->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] {
                m_ui->removeHeaderButton->setEnabled(m_ui->headersTable->currentIndex().isValid());
            });
    m_ui->removeHeaderButton->setEnabled(false);
}

HeadersEditor::~HeadersEditor() = default;

QString HeadersEditor::title() const
{
    return tr("Headers");
}

QString HeadersEditor::summary() const
{
    return tr("Extra request headers; secret ones stay in the keychain.");
}

void HeadersEditor::load(const Webhook &webhook, EditorMode mode)
{
    m_model->setHeaders(webhook.headers, mode == EditorMode::Edit);
    const bool anySecret = std::any_of(webhook.headers.cbegin(), webhook.headers.cend(),
                                       [](const WebhookHeader &h) { return h.secret; });
    setNoteText(m_ui->secretNoteLabel,
                mode == EditorMode::Duplicate && anySecret
                    ? tr("Secret values are not copied with a webhook: enter them again.")
                    : QString());
}

void HeadersEditor::apply(Webhook *webhook) const
{
    webhook->headers = m_model->headers();
}

FieldErrors HeadersEditor::problems() const
{
    return m_model->extraProblems();
}

QStringList HeadersEditor::fields() const
{
    return {QStringLiteral("headers")};
}

void HeadersEditor::showErrors(const FieldErrors &errors)
{
    setErrorText(m_ui->headersErrorLabel, messagesFor(errors, QStringLiteral("headers")));
}

void HeadersEditor::addHeader()
{
    m_model->addHeader();
    const QModelIndex name = m_model->index(m_model->rowCount() - 1, HeadersTableModel::NameColumn);
    m_ui->headersTable->setCurrentIndex(name);
    m_ui->headersTable->edit(name);
    Q_EMIT edited(QStringLiteral("headers"));
}

void HeadersEditor::removeHeader()
{
    const QModelIndex current = m_ui->headersTable->currentIndex();
    if (current.isValid())
        m_model->removeHeader(current.row());
}

bool HeadersEditor::eventFilter(QObject *watched, QEvent *event)
{
    // While a cell is edited, its editor has the focus and gets the key.
    if (watched == m_ui->headersTable && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Delete) {
        removeHeader();
        return true;
    }
    return EditorPage::eventFilter(watched, event);
}

} // namespace relais
