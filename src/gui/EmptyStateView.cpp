#include "EmptyStateView.h"
#include "ui_EmptyStateView.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPainter>
#include <QPushButton>
#include <QRegularExpression>
#include <QTimer>

namespace relais {

namespace {

QString shellQuoted(const QString &text)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    if (plain.match(text).hasMatch())
        return text;
    QString quoted = text;
    quoted.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + quoted + u'\'';
}

} // namespace

QPixmap EmptyStateView::emblem(int size) const
{
    // Drawn rather than taken from the icon theme, which may have none this big:
    // a source sending on to a receiver, in the palette's accent colour.
    const qreal ratio = devicePixelRatioF();
    QPixmap pixmap(QSize(size, size) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor accent = palette().color(QPalette::Highlight);
    QColor soft = accent;
    soft.setAlphaF(0.14);
    p.setPen(Qt::NoPen);
    p.setBrush(soft);
    p.drawEllipse(QRectF(0, 0, size, size));

    const qreal s = size;
    QPen pen(accent, s * 0.06, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    p.drawLine(QPointF(s * 0.36, s * 0.5), QPointF(s * 0.7, s * 0.5));
    p.drawPolyline(QPolygonF{QPointF(s * 0.58, s * 0.38), QPointF(s * 0.7, s * 0.5),
                             QPointF(s * 0.58, s * 0.62)});
    p.setPen(Qt::NoPen);
    p.setBrush(accent);
    p.drawEllipse(QPointF(s * 0.29, s * 0.5), s * 0.07, s * 0.07);
    return pixmap;
}

EmptyStateView::EmptyStateView(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::EmptyStateView>())
{
    m_ui->setupUi(this);
    m_ui->hintLabel->setText(
        tr("Then refresh (F5) and it appears here. “relaisctl webhook add --help” lists every "
           "option: method, headers, templates, signatures."));
    m_ui->copyCommandButton->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    // Theme icons only: the styles' built-in ones do not match each other here.
    m_ui->refreshButton->setIcon(QIcon::fromTheme(QStringLiteral("view-refresh")));
    m_ui->commandLabel->setTextFormat(Qt::PlainText);
    m_ui->commandLabel->setAutoFillBackground(true);
    applyLook();
    setDatabaseArgument(QString());

    m_ui->newWebhookButton->setIcon(QIcon::fromTheme(QStringLiteral("document-new")));
    connect(m_ui->newWebhookButton, &QPushButton::clicked, this,
            &EmptyStateView::newWebhookRequested);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &EmptyStateView::refreshRequested);
    connect(m_ui->copyCommandButton, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_command);
        m_ui->copyCommandButton->setText(tr("Copied"));
        QTimer::singleShot(2000, this,
                           [this] { m_ui->copyCommandButton->setText(tr("&Copy command")); });
    });
}

EmptyStateView::~EmptyStateView() = default;

void EmptyStateView::setDatabaseArgument(const QString &url)
{
    const QString db = url.isEmpty() ? QString() : QStringLiteral(" --db ") + shellQuoted(url);
    // Example values that a Dokos administrator would recognise.
    const QStringList lines = {
        QStringLiteral("relaisctl") + db + QStringLiteral(" webhook add"),
        QStringLiteral("--name \"%1\"").arg(tr("Dokos orders")),
        QStringLiteral("--url https://erp.example.org/api/method/relais.receive"),
        QStringLiteral("--event \"Sales Order.on_submit\""),
    };
    m_command = lines.join(u' ');
    // One option per line, as a shell accepts it when pasted.
    m_ui->commandLabel->setText(lines.join(QStringLiteral(" \\\n    ")));
}

void EmptyStateView::setPresetMenu(QMenu *menu)
{
    auto *button = new QPushButton(tr("New from a &preset"), this);
    button->setObjectName(QStringLiteral("newFromPresetButton"));
    button->setToolTip(tr("Start from what ngSurvey, Dokos, Decsys or SeaTable send"));
    button->setMenu(menu);
    const int at = m_ui->newButtonLayout->indexOf(m_ui->newWebhookButton);
    m_ui->newButtonLayout->insertWidget(at + 1, button);
}

void EmptyStateView::setExampleAvailable(bool available)
{
    if (!m_exampleButton) {
        m_exampleButton = new QPushButton(tr("&Try it with the built-in inbox"), this);
        m_exampleButton->setObjectName(QStringLiteral("exampleButton"));
        m_exampleButton->setToolTip(
            tr("Creates a signed webhook to Relais's own inbox and sends it a sample event: "
               "watch it arrive, verified, in the Inbox tab"));
        connect(m_exampleButton, &QPushButton::clicked, this, &EmptyStateView::exampleRequested);
        m_ui->newButtonLayout->insertWidget(m_ui->newButtonLayout->count() - 1, m_exampleButton);
    }
    m_exampleButton->setVisible(available);
}

QString EmptyStateView::command() const
{
    return m_command;
}

void EmptyStateView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange)
        applyLook();
    QWidget::changeEvent(event);
}

void EmptyStateView::applyLook()
{
    const QFont base = font();
    QFont title = base;
    if (base.pointSizeF() > 0)
        title.setPointSizeF(base.pointSizeF() * 1.7);
    title.setWeight(QFont::DemiBold);
    m_ui->titleLabel->setFont(title);

    m_ui->iconLabel->setPixmap(emblem(QFontMetrics(title).height() * 3));

    // The first step, so the most visible button.
    QFont strong = base;
    strong.setWeight(QFont::DemiBold);
    m_ui->newWebhookButton->setFont(strong);
    const QFontMetrics strongMetrics(strong);
    m_ui->newWebhookButton->setMinimumSize(
        strongMetrics.horizontalAdvance(m_ui->newWebhookButton->text()) + 64,
        strongMetrics.height() * 2 + 6);

    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (base.pointSizeF() > 0 && mono.pointSizeF() > 0)
        mono.setPointSizeF(base.pointSizeF());
    m_ui->commandLabel->setFont(mono);
    QPalette code = palette();
    code.setColor(QPalette::Window, palette().color(QPalette::AlternateBase).darker(104));
    m_ui->commandLabel->setPalette(code);

    m_ui->introLabel->setForegroundRole(QPalette::WindowText);
    m_ui->hintLabel->setForegroundRole(QPalette::PlaceholderText);
}

} // namespace relais
