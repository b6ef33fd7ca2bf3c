// Strings of the private calendar feed card on the Me page (rotCal.*), Japanese and English.
import { addMessages } from '../i18n.js';

addMessages({
  ja: {
    'rotCal.title': 'カレンダー連携',
    'rotCal.lead': 'スマホのカレンダーに自分の当番を表示できます。このURLを「照会カレンダー（URLで追加）」に登録してください。',
    'rotCal.secret': 'URLを知っている人は誰でもあなたの当番を見られます。人に教えないでください。',
    'rotCal.create': 'カレンダーのURLを作る', 'rotCal.renew': '新しいURLを作る（今のURLは使えなくなります）',
    'rotCal.urlLabel': 'あなた専用のカレンダーURL', 'rotCal.copy': 'コピー', 'rotCal.copied': 'コピーしました。',
    'rotCal.created': '新しいURLを作りました。前のURLはもう使えません。',
    'rotCal.hidden': 'URLは作ったときにだけ表示されます。なくした場合は新しく作ってください。',
  },
  en: {
    'rotCal.title': 'Calendar link',
    'rotCal.lead': 'Show your chores in your phone\'s calendar: subscribe to this URL ("add calendar from URL").',
    'rotCal.secret': 'Anyone with this URL can see your chores. Keep it to yourself.',
    'rotCal.create': 'Create my calendar URL', 'rotCal.renew': 'Create a new URL (the current one stops working)',
    'rotCal.urlLabel': 'Your private calendar URL', 'rotCal.copy': 'Copy', 'rotCal.copied': 'Copied.',
    'rotCal.created': 'A new URL was created. The previous one no longer works.',
    'rotCal.hidden': 'The URL is shown only when it is created. If you lose it, create a new one.',
  },
});
