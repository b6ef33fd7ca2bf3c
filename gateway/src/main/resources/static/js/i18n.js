// Japanese first; every key must exist in both languages (the browser test checks the switch).
const messages = {
  ja: {
    'app.name': 'かじまる', 'lang.switch': 'English', 'auth.logout': 'ログアウト',
    'signup.title': '家族をはじめる', 'signup.householdName': '家族の名前', 'signup.displayName': 'あなたの名前',
    'signup.email': 'メールアドレス', 'signup.password': 'パスワード（10文字以上）', 'signup.submit': 'はじめる',
    'chores.title': '家事の一覧', 'chores.empty': 'まだ家事がありません。数秒後にもう一度ご覧ください。',
    'chores.weight': '重さ', 'common.loading': '読み込み中…', 'error.generic': 'うまくいきませんでした。もう一度お試しください。',
  },
  en: {
    'app.name': 'Kajimaru', 'lang.switch': '日本語', 'auth.logout': 'Log out',
    'signup.title': 'Start your family', 'signup.householdName': 'Family name', 'signup.displayName': 'Your name',
    'signup.email': 'E-mail', 'signup.password': 'Password (10+ characters)', 'signup.submit': 'Start',
    'chores.title': 'Chores', 'chores.empty': 'No chores yet. Look again in a few seconds.',
    'chores.weight': 'Weight', 'common.loading': 'Loading…', 'error.generic': 'Something went wrong. Please try again.',
  },
};

export function currentLanguage() {
  return localStorage.getItem('kajimaru.lang') === 'en' ? 'en' : 'ja';
}

export function t(key) {
  return messages[currentLanguage()][key] ?? key;
}

export function applyLanguage(root = document) {
  document.documentElement.lang = currentLanguage();
  root.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n); });
  document.title = t('app.name');
}

export function toggleLanguage() {
  localStorage.setItem('kajimaru.lang', currentLanguage() === 'ja' ? 'en' : 'ja');
  applyLanguage();
}
