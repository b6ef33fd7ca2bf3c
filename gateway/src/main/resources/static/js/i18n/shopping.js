// The shopping list's words (shop.*), Japanese and English with the same keys.
import { addMessages } from '../i18n.js';

addMessages({
  ja: {
    'shop.nav': '買い物リスト', 'shop.title': '買い物リスト', 'shop.historyLink': '購入履歴', 'shop.settingsLink': '設定',
    'shop.addTitle': '追加する', 'shop.name': '品名', 'shop.namePh': '例：牛乳', 'shop.quantity': '数量', 'shop.unit': '単位',
    'shop.unitPh': '例：本', 'shop.memo': 'メモ', 'shop.memoPh': '例：低脂肪', 'shop.category': 'カテゴリ', 'shop.add': '追加',
    'shop.added': '「{name}」を追加しました。', 'shop.merged': '「{name}」はもうリストにあるので数量を足しました。',
    'shop.addedPending': '「{name}」を追加しました。管理者の承認を待っています。',
    'shop.pendingTitle': '承認待ち', 'shop.pendingHelp': '子ども（設定によってはメンバーも）が追加したものは、管理者が承認するとリストに載ります。',
    'shop.approve': '承認', 'shop.reject': '却下', 'shop.rejectTitle': '「{name}」を却下', 'shop.rejectReason': '理由（任意）',
    'shop.approved': '「{name}」を承認しました。', 'shop.rejected': '「{name}」を却下しました。',
    'shop.waiting': '承認待ち', 'shop.empty': 'リストは空です。', 'shop.tickAria': '「{name}」を買った',
    'shop.bought': '「{name}」を買いました。', 'shop.undo': '取り消す', 'shop.untick': '戻す', 'shop.untickAria': '「{name}」をリストに戻す',
    'shop.recentTitle': '最近買ったもの', 'shop.boughtBy': '{name}が購入・{time}', 'shop.boughtAt': '購入：{time}',
    'shop.addedBy': '{name}が追加', 'shop.fromStock': '在庫から', 'shop.someone': '家族の誰か', 'shop.automatic': '自動',
    'shop.editTitle': '「{name}」を編集', 'shop.editAria': '「{name}」を編集', 'shop.deleteAria': '「{name}」を削除',
    'shop.confirmDelete': '「{name}」をリストから削除しますか？', 'shop.editedMeanwhile': 'ほかの人が先に変更していました。最新のリストを表示しています。',
    'shop.conflict': 'リストが変わっていました。最新のリストを表示しています。',
    'shop.quantityBad': '0.01〜9999.99 の数を入れてください。',
    'shop.otherCategory': 'その他（設定にないカテゴリ）',
    'shop.cat.produce': '野菜・果物', 'shop.cat.meatFish': '肉・魚', 'shop.cat.dairy': '乳製品・卵', 'shop.cat.bakery': 'パン',
    'shop.cat.frozen': '冷凍食品', 'shop.cat.drinks': '飲み物', 'shop.cat.household': '日用品', 'shop.cat.hygiene': '衛生用品',
    'shop.cat.other': 'その他',
    'shop.historyTitle': '購入履歴', 'shop.search': '検索', 'shop.searchPh': '品名で検索', 'shop.historyEmpty': '購入履歴はまだありません。',
    'shop.historyNone': '「{q}」に一致する購入はありません。', 'shop.buyAgain': 'また買う', 'shop.buyAgainAria': '「{name}」をまた買う',
    'shop.prev': '前へ', 'shop.next': '次へ', 'shop.pageOf': '{page} / {pages} ページ', 'shop.backToList': 'リストへ戻る',
    'shop.settingsTitle': '買い物リストの設定', 'shop.membersNeedApproval': 'メンバーの追加も管理者の承認を必要にする',
    'shop.membersNeedApprovalHelp': '子どもの追加はいつも承認が必要です。在庫から自動で追加されたものは承認済みです。',
    'shop.categoriesTitle': 'カテゴリ（並び順）', 'shop.categoriesHelp': 'リストはこの順にまとめて表示されます。名前を変えたり、追加・削除できます。',
    'shop.categoryAria': 'カテゴリ {n}', 'shop.moveUp': '上へ', 'shop.moveDown': '下へ', 'shop.removeCategory': '削除',
    'shop.addCategory': 'カテゴリを追加', 'shop.settingsSaved': '設定を保存しました。',
  },
  en: {
    'shop.nav': 'Shopping', 'shop.title': 'Shopping list', 'shop.historyLink': 'History', 'shop.settingsLink': 'Settings',
    'shop.addTitle': 'Add', 'shop.name': 'Item', 'shop.namePh': 'e.g. milk', 'shop.quantity': 'Quantity', 'shop.unit': 'Unit',
    'shop.unitPh': 'e.g. bottles', 'shop.memo': 'Note', 'shop.memoPh': 'e.g. low fat', 'shop.category': 'Category', 'shop.add': 'Add',
    'shop.added': 'Added “{name}”.', 'shop.merged': '“{name}” was already on the list, so the quantity was added to it.',
    'shop.addedPending': 'Added “{name}”. It waits for an admin’s approval.',
    'shop.pendingTitle': 'Waiting for approval', 'shop.pendingHelp': 'What children (and, if the household says so, members) add goes on the list once an admin approves it.',
    'shop.approve': 'Approve', 'shop.reject': 'Reject', 'shop.rejectTitle': 'Reject “{name}”', 'shop.rejectReason': 'Reason (optional)',
    'shop.approved': 'Approved “{name}”.', 'shop.rejected': 'Rejected “{name}”.',
    'shop.waiting': 'Waiting for approval', 'shop.empty': 'The list is empty.', 'shop.tickAria': 'Bought “{name}”',
    'shop.bought': 'Bought “{name}”.', 'shop.undo': 'Undo', 'shop.untick': 'Put back', 'shop.untickAria': 'Put “{name}” back on the list',
    'shop.recentTitle': 'Recently bought', 'shop.boughtBy': 'Bought by {name} · {time}', 'shop.boughtAt': 'Bought {time}',
    'shop.addedBy': 'Added by {name}', 'shop.fromStock': 'From stock', 'shop.someone': 'someone in the family', 'shop.automatic': 'automatic',
    'shop.editTitle': 'Edit “{name}”', 'shop.editAria': 'Edit “{name}”', 'shop.deleteAria': 'Delete “{name}”',
    'shop.confirmDelete': 'Delete “{name}” from the list?', 'shop.editedMeanwhile': 'Someone else changed this first. This is the list as it is now.',
    'shop.conflict': 'The list had changed. This is the list as it is now.',
    'shop.quantityBad': 'Enter a number from 0.01 to 9999.99.',
    'shop.otherCategory': 'Other (not in the settings)',
    'shop.cat.produce': 'Fruit & veg', 'shop.cat.meatFish': 'Meat & fish', 'shop.cat.dairy': 'Dairy & eggs', 'shop.cat.bakery': 'Bakery',
    'shop.cat.frozen': 'Frozen', 'shop.cat.drinks': 'Drinks', 'shop.cat.household': 'Household goods', 'shop.cat.hygiene': 'Hygiene',
    'shop.cat.other': 'Other',
    'shop.historyTitle': 'Purchase history', 'shop.search': 'Search', 'shop.searchPh': 'Search by name', 'shop.historyEmpty': 'Nothing bought yet.',
    'shop.historyNone': 'No purchase matches “{q}”.', 'shop.buyAgain': 'Buy again', 'shop.buyAgainAria': 'Buy “{name}” again',
    'shop.prev': 'Previous', 'shop.next': 'Next', 'shop.pageOf': 'Page {page} of {pages}', 'shop.backToList': 'Back to the list',
    'shop.settingsTitle': 'Shopping list settings', 'shop.membersNeedApproval': 'Members’ additions need an admin’s approval too',
    'shop.membersNeedApprovalHelp': 'Children’s additions always need approval. Items added automatically from stock are approved.',
    'shop.categoriesTitle': 'Categories (in order)', 'shop.categoriesHelp': 'The list is grouped in this order. Rename, add or remove categories.',
    'shop.categoryAria': 'Category {n}', 'shop.moveUp': 'Up', 'shop.moveDown': 'Down', 'shop.removeCategory': 'Remove',
    'shop.addCategory': 'Add a category', 'shop.settingsSaved': 'Settings saved.',
  },
});

const DEFAULT_CATEGORIES = ['produce', 'meatFish', 'dairy', 'bakery', 'frozen', 'drinks', 'household', 'hygiene', 'other'];

/** A category as people read it: the default keys are translated, a household's own names are shown as typed. */
export function categoryLabel(category) {
  return DEFAULT_CATEGORIES.includes(category) ? { key: `shop.cat.${category}` } : { text: category || '' };
}
