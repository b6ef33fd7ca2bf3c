package jp.kajimaru.notification.inbox;

import java.util.List;

/** One page of the inbox, newest first. */
public record InboxPage(List<NotificationView> items, int page, int size, long total, long unread) {
}
