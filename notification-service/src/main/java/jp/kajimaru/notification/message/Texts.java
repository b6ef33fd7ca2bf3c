package jp.kajimaru.notification.message;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/**
 * Every text a member receives, in Japanese and English. Dates and times are shown in the household's zone; the
 * caller passes the zone, so nothing here reads a clock or the JVM's default zone.
 */
public final class Texts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final boolean en;
    private final ZoneId zone;

    private Texts(Locale language, ZoneId zone) {
        this.en = Locale.ENGLISH.getLanguage().equals(language.getLanguage());
        this.zone = zone;
    }

    public static Texts of(Locale language, ZoneId zone) {
        return new Texts(language, zone);
    }

    /** 11月30日(月) / Mon, Nov 30. */
    public String day(LocalDate d) {
        if (en) {
            return d.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + ", "
                    + d.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + d.getDayOfMonth();
        }
        return d.getMonthValue() + "月" + d.getDayOfMonth() + "日(" + d.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.JAPANESE) + ")";
    }

    /** The local time of an instant in the household's zone, e.g. 21:00. */
    public String time(Instant at) {
        return TIME.format(at.atZone(zone));
    }

    private String dueSuffix(Instant dueAt) {
        if (dueAt == null) {
            return "";
        }
        return en ? " (due " + time(dueAt) + ")" : "（" + time(dueAt) + "まで）";
    }

    private static String chore(String name) {
        return name == null || name.isBlank() ? "?" : name;
    }

    public Text taskAssigned(String choreName, LocalDate date, Instant dueAt) {
        return en ? new Text("New chore: " + chore(choreName), "You do " + chore(choreName) + " on " + day(date) + dueSuffix(dueAt) + ".")
                : new Text("新しい当番：" + chore(choreName), day(date) + "の「" + chore(choreName) + "」はあなたの担当です" + dueSuffix(dueAt) + "。");
    }

    /** A chore on a day, as one line of {@link #tasksAssigned}. */
    public record ChoreOnDay(String choreName, LocalDate date, Instant dueAt) {
    }

    /** Listed in full up to this many; the rest are counted and left to the dashboard. */
    static final int LISTED_CHORES = 8;

    /** A new roster's chores of one member for today and tomorrow, in one message (docs/adr/0019). */
    public Text tasksAssigned(List<ChoreOnDay> chores) {
        if (chores.size() == 1) {
            ChoreOnDay only = chores.get(0);
            return taskAssigned(only.choreName(), only.date(), only.dueAt());
        }
        String first = chore(chores.get(0).choreName());
        int more = chores.size() - 1;
        List<String> listed = chores.stream().limit(LISTED_CHORES).map(c -> en
                ? chore(c.choreName()) + " on " + day(c.date()) + dueSuffix(c.dueAt())
                : day(c.date()) + "の「" + chore(c.choreName()) + "」" + dueSuffix(c.dueAt())).toList();
        int unlisted = chores.size() - listed.size();
        if (en) {
            return new Text("New chores: " + first + " and " + more + " more", "Yours: " + String.join("; ", listed)
                    + (unlisted > 0 ? "; and " + unlisted + " more on the dashboard." : "."));
        }
        return new Text("新しい当番：" + first + " ほか" + more + "件", "あなたの担当です：" + String.join("、", listed)
                + (unlisted > 0 ? "、ほか" + unlisted + "件（ダッシュボードをご覧ください）。" : "。"));
    }

    public Text taskReassigned(String choreName, LocalDate date) {
        return en ? new Text("Handed to you: " + chore(choreName), chore(choreName) + " on " + day(date) + " is now yours.")
                : new Text("担当が変わりました：" + chore(choreName), day(date) + "の「" + chore(choreName) + "」があなたの担当になりました。");
    }

    public Text taskOverdue(String choreName, LocalDate date, Instant dueAt) {
        return en ? new Text("Overdue: " + chore(choreName), chore(choreName) + " on " + day(date) + " is not done yet" + dueSuffix(dueAt) + ".")
                : new Text("期限切れ：" + chore(choreName), day(date) + "の「" + chore(choreName) + "」がまだ終わっていません" + dueSuffix(dueAt) + "。");
    }

    public Text reminderEvening(String choreName, LocalDate date, Instant dueAt) {
        return en ? new Text("Tomorrow: " + chore(choreName), "Reminder: you do " + chore(choreName) + " tomorrow, " + day(date) + dueSuffix(dueAt) + ".")
                : new Text("明日の当番：" + chore(choreName), "明日 " + day(date) + " は「" + chore(choreName) + "」の担当です" + dueSuffix(dueAt) + "。");
    }

    public Text reminderMorning(String choreName, LocalDate date, Instant dueAt) {
        return en ? new Text("Today: " + chore(choreName), "Reminder: you do " + chore(choreName) + " today, " + day(date) + dueSuffix(dueAt) + ".")
                : new Text("今日の当番：" + chore(choreName), "今日 " + day(date) + " は「" + chore(choreName) + "」の担当です" + dueSuffix(dueAt) + "。");
    }

    public Text rosterPublished(LocalDate from, LocalDate to, int yourTasks) {
        return en ? new Text("New roster " + day(from) + " – " + day(to), "The chores for " + day(from) + " – " + day(to)
                + " are planned. You have " + yourTasks + (yourTasks == 1 ? " task." : " tasks."))
                : new Text("新しい当番表：" + day(from) + "〜" + day(to), day(from) + "〜" + day(to) + "の当番が決まりました。あなたの担当は"
                + yourTasks + "件です。");
    }

    public Text substituteRequested(String requester, String choreName, LocalDate date, String note) {
        String withNote = note == null || note.isBlank() ? "" : (en ? " Note: " + note : "（メモ：" + note + "）");
        return en ? new Text(requester + " asks for a substitute", requester + " asks someone to take over " + chore(choreName)
                + " on " + day(date) + "." + withNote)
                : new Text(requester + "さんが代役を探しています", day(date) + "の「" + chore(choreName) + "」を代わってくれる人を探しています。" + withNote);
    }

    public Text substituteAccepted(String substitute, String choreName, LocalDate date) {
        String when = date == null ? "" : (en ? " on " + day(date) : day(date) + "の");
        return en ? new Text(substitute + " takes over " + chore(choreName), substitute + " accepted your request and does "
                + chore(choreName) + when + ".")
                : new Text(substitute + "さんが代わってくれます", when + "「" + chore(choreName) + "」を" + substitute + "さんが引き受けてくれました。");
    }

    public Text substituteClosed(String choreName, String reason) {
        String why = switch (reason) {
            case "WITHDRAWN" -> en ? "it was withdrawn" : "取り下げられました";
            case "EXPIRED" -> en ? "nobody accepted it in time" : "期限までに引き受ける人がいませんでした";
            case "TASK_DONE" -> en ? "the task is done" : "家事が終わりました";
            default -> en ? "the task was removed" : "家事がなくなりました";
        };
        return en ? new Text("Substitute request closed: " + chore(choreName), "Your request for " + chore(choreName) + " ended: " + why + ".")
                : new Text("代役の依頼が終わりました：" + chore(choreName), "「" + chore(choreName) + "」の代役の依頼は終了しました（" + why + "）。");
    }

    public Text stockLow(String item, BigDecimal quantity, BigDecimal minimum, String unit) {
        String u = unit == null ? "" : unit;
        return en ? new Text("Running low: " + item, item + " is down to " + plain(quantity) + u + " (minimum " + plain(minimum) + u + ").")
                : new Text("在庫が少なくなりました：" + item, item + "が残り" + plain(quantity) + u + "です（最低" + plain(minimum) + u + "）。");
    }

    public Text maintenanceDue(String equipment, String task, LocalDate due) {
        return en ? new Text("Maintenance due: " + equipment, task + " for " + equipment + " is due on " + day(due) + ".")
                : new Text("お手入れの時期です：" + equipment, equipment + "の「" + task + "」は" + day(due) + "までです。");
    }

    public Text approvalRequested(String requester, String item) {
        return en ? new Text("Approval needed: " + item, requester + " wants to buy " + item + ".")
                : new Text("承認の依頼：" + item, requester + "さんが「" + item + "」を買い物リストに追加したいそうです。");
    }

    public Text approved(String item) {
        return en ? new Text("Approved: " + item, item + " was approved and may be bought.")
                : new Text("承認されました：" + item, "「" + item + "」が承認されました。");
    }

    public Text rejected(String item, String reason) {
        String why = reason == null || reason.isBlank() ? "" : (en ? " Reason: " + reason : "（理由：" + reason + "）");
        return en ? new Text("Not approved: " + item, item + " was not approved." + why)
                : new Text("承認されませんでした：" + item, "「" + item + "」は承認されませんでした。" + why);
    }

    public Text weather(String headline, LocalDate date, int rainPercent, double max, double min) {
        return en ? new Text("Weather " + day(date) + ": " + headline, headline + " Rain " + rainPercent + "%, "
                + Math.round(min) + "–" + Math.round(max) + "°C.")
                : new Text(day(date) + "の天気：" + headline, headline + "　降水確率" + rainPercent + "%、" + Math.round(min) + "〜"
                + Math.round(max) + "℃。");
    }

    /** How many lines a digest lists before it says how many more there are. */
    static final int DIGEST_LINES = 20;

    /** A member's daily digest: the titles of the day's messages, oldest first. */
    public Text dailyDigest(LocalDate day, java.util.List<String> titles) {
        String title = en ? "Your day in Kajimaru, " + day(day) + " (" + titles.size() + ")"
                : day(day) + "のまとめ（" + titles.size() + "件）";
        String intro = en ? "What happened since yesterday's digest:" : "前回のまとめ以降のお知らせです：";
        return new Text(title, intro + "\n" + lines(titles));
    }

    /** One overdue task in the admins' digest. */
    public record OverdueLine(String choreName, LocalDate date, String assignee) {
    }

    /** The admins' daily digest of overdue tasks, oldest first. */
    public Text overdueDigest(LocalDate day, java.util.List<OverdueLine> tasks) {
        String title = en ? "Overdue chores, " + day(day) + " (" + tasks.size() + ")"
                : day(day) + "の期限切れの当番（" + tasks.size() + "件）";
        String intro = en ? "These chores are overdue and not done yet:" : "期限を過ぎてまだ終わっていない当番です：";
        java.util.List<String> rows = tasks.stream().map(t -> en
                ? chore(t.choreName()) + " — " + day(t.date()) + (t.assignee() == null ? "" : ", " + t.assignee())
                : "「" + chore(t.choreName()) + "」" + day(t.date()) + (t.assignee() == null ? "" : "（" + t.assignee() + "さん）"))
                .toList();
        return new Text(title, intro + "\n" + lines(rows));
    }

    private String lines(java.util.List<String> items) {
        StringBuilder b = new StringBuilder();
        items.stream().limit(DIGEST_LINES).forEach(i -> b.append("・").append(i).append('\n'));
        if (items.size() > DIGEST_LINES) {
            int more = items.size() - DIGEST_LINES;
            b.append(en ? "… and " + more + " more." : "…ほか" + more + "件").append('\n');
        }
        return b.toString().stripTrailing();
    }

    private static String plain(BigDecimal n) {
        return n == null ? "?" : n.stripTrailingZeros().toPlainString();
    }
}
