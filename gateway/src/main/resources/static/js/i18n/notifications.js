// In-app notifications: the bell, the inbox (notification-service, SPEC §5).
import { addMessages } from '../i18n.js';

addMessages({
  ja: {
    'notif.nav': 'お知らせ',
    'notif.bellAria': 'お知らせ（未読 {n}件）',
    'notif.title': 'お知らせ',
    'notif.unreadOnly': '未読だけ表示',
    'notif.markRead': '既読にする',
    'notif.markReadAria': '「{title}」を既読にする',
    'notif.markAllRead': 'すべて既読にする',
    'notif.allRead': 'すべて既読にしました。',
    'notif.empty': 'お知らせはありません。',
    'notif.emptyUnread': '未読のお知らせはありません。',
    'notif.more': 'もっと見る',
    'notif.unreadBadge': '未読',
    'notif.open': '開く',
    'notif.live': '新しいお知らせが届きました。',
    'notif.unreadCount': '未読 {n}件',
  },
  en: {
    'notif.nav': 'Notifications',
    'notif.bellAria': 'Notifications ({n} unread)',
    'notif.title': 'Notifications',
    'notif.unreadOnly': 'Unread only',
    'notif.markRead': 'Mark read',
    'notif.markReadAria': 'Mark “{title}” read',
    'notif.markAllRead': 'Mark all read',
    'notif.allRead': 'All marked read.',
    'notif.empty': 'No notifications.',
    'notif.emptyUnread': 'No unread notifications.',
    'notif.more': 'Show more',
    'notif.unreadBadge': 'Unread',
    'notif.open': 'Open',
    'notif.live': 'A new notification arrived.',
    'notif.unreadCount': '{n} unread',
  },
});
