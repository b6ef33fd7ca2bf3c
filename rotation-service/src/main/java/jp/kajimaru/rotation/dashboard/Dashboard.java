package jp.kajimaru.rotation.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jp.kajimaru.rotation.task.TaskView;

/** Everything the home screen shows, for one household and one member, computed in one read. */
public record Dashboard(LocalDate today, LocalDate periodStart, LocalDate periodEnd, List<TaskView> todayTasks,
                        List<TaskView> myTasksToday, int completionTodayPercent, int completionPeriodPercent,
                        List<MemberStats> members, List<TaskView> notStarted, List<TaskView> overdue,
                        List<LocalDate> periodDays, List<ChoreRow> periodTable,
                        List<jp.kajimaru.rotation.substitute.SubstituteRequestView> openSubstituteRequests) {

    public record MemberStats(UUID memberId, String name, int tasksThisPeriod, int doneThisPeriod, int completionPercent,
                              int weightThisPeriod, double ledgerBalance) {
    }

    public record ChoreRow(UUID choreId, String choreName, List<TaskView> cells) {
    }
}
