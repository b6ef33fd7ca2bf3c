// "Setting up your household…": shown while a new household's chores and first roster are still on their way to
// rotation-service (it answers 202 with code householdSettingUp until then).
import { addMessages } from '../i18n.js';

addMessages({
  ja: {
    'dash.settingUp': '家族の準備をしています…',
    'dash.settingUpHint': '家事の一覧と最初の当番表を作っています。数秒で表示されます。このままお待ちください。',
  },
  en: {
    'dash.settingUp': 'Setting up your household…',
    'dash.settingUpHint': 'Your chores and first roster are being created. They appear here in a few seconds; no need to reload.',
  },
});
