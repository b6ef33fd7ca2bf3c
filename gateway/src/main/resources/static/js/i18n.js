// Every visible string lives here. Japanese first; both dictionaries must have exactly the same keys
// (missingKeys() is checked by the browser test). Elements carry data-i18n / data-i18n-placeholder /
// data-i18n-aria-label / data-i18n-title (+ optional data-i18n-args JSON) so a language switch re-labels
// the page in place without losing anything a user typed.
const messages = {
  ja: {
    'app.name': 'かじまる', 'app.tagline': '家事をみんなで、なかよく。',
    'lang.switch': 'English', 'lang.switchAria': '言語を切り替える',
    'nav.toggle': 'メニューを開く', 'nav.chores': '家事', 'nav.me': 'マイページ', 'nav.members': '家族',
    'nav.invites': '招待コード', 'nav.household': '家族の設定', 'nav.devices': '共通端末', 'nav.main': 'メインメニュー',
    'auth.logout': 'ログアウト', 'auth.sessionLogout': '終了してボードへ',
    'common.loading': '読み込み中…', 'common.save': '保存', 'common.cancel': 'キャンセル', 'common.back': '戻る',
    'common.edit': '編集', 'common.yes': 'はい', 'common.close': '閉じる', 'common.saved': '保存しました。',
    'common.optional': '（任意）', 'common.retry': 'もう一度読み込む', 'common.confirmTitle': '確認',
    'common.ok': 'OK する', 'common.saving': '保存中…',
    'error.generic': 'うまくいきませんでした。もう一度お試しください。',
    'error.network': 'サーバーにつながりません。接続を確認してください。',
    'error.server': 'サーバーでエラーが起きました。しばらくしてからお試しください。',
    'error.busy': 'ただいま混み合っています。{seconds}秒後にもう一度お試しください。',
    'error.notFound': '見つかりませんでした（まだ使えない機能かもしれません）。',
    'error.forbidden': 'この操作は許可されていません。',
    'error.tooMany': '試行回数が多すぎます。{seconds}秒後にもう一度お試しください。',
    'error.tooManyNoTime': '試行回数が多すぎます。しばらくしてからお試しください。',
    'error.adminOnly': 'この画面は管理者だけが使えます。', 'error.pageNotFound': 'ページが見つかりません。',
    'error.required': '入力してください。', 'error.fixFields': '入力内容を確認してください。',
    'start.title': 'ようこそ', 'start.lead': '家事の当番、買い物、在庫、家電のお手入れを家族みんなで。',
    'start.signup': '家族をはじめる（新規登録）', 'start.login': 'メールでログイン', 'start.join': '招待コードで参加',
    'start.deviceHint': 'この端末を家族の共通端末にするには、管理者でログインして「共通端末」から登録します。',
    'signup.title': '家族をはじめる', 'signup.householdName': '家族の名前', 'signup.householdNamePh': '例：田中家',
    'signup.displayName': 'あなたの名前', 'signup.displayNamePh': '例：花子', 'signup.email': 'メールアドレス',
    'signup.emailPh': '例：hana@example.jp', 'signup.password': 'パスワード（10文字以上）',
    'signup.passwordConfirm': 'パスワード（確認）', 'signup.locale': '言語', 'signup.submit': 'はじめる',
    'signup.haveAccount': 'アカウントをお持ちの方はこちら',
    'validation.passwordShort': '10文字以上にしてください。', 'validation.passwordMismatch': 'パスワードが一致しません。',
    'validation.code': '8桁の数字を入力してください。', 'validation.pin': '4桁の数字を入力してください。',
    'validation.pinMismatch': '暗証番号が一致しません。',
    'login.title': 'ログイン', 'login.submit': 'ログインする', 'login.wrong': 'メールアドレスかパスワードが違います。',
    'login.noAccount': 'はじめての方はこちら',
    'join.title': '招待コードで参加', 'join.lead': '家族の管理者から受け取った8桁のコードを入力してください。',
    'join.code': '招待コード（8桁）', 'join.codePh': '8桁の数字', 'join.submit': '参加する',
    'board.subtitle': '自分のアイコンをタップしてね', 'board.noPin': '管理者に暗証番号を設定してもらってね',
    'board.locked': 'ロック中', 'board.empty': 'まだ家族が登録されていません。', 'board.adminLogin': 'メールでログイン',
    'board.title': '家族のボード', 'board.tileAria': '{name}としてはじめる',
    'pin.title': '暗証番号を入力', 'pin.prompt': '{name}さん、4桁の暗証番号を入れてね', 'pin.clear': 'クリア',
    'pin.backspace': '1つ消す', 'pin.digitAria': '数字 {d}', 'pin.dotsAria': '入力した桁数',
    'pin.locked': 'ロックされています', 'pin.lockedHelp': '間違いが続いたので、しばらく使えません。{time}以降にもう一度試すか、管理者に解除してもらってね。',
    'pin.lockedHelpNoTime': '間違いが続いたので、しばらく使えません。時間をおくか、管理者に解除してもらってね。',
    'pin.wrong': '暗証番号が違います。', 'pin.backToBoard': 'ボードに戻る', 'pin.checking': '確認中…',
    'pin.unknownMember': 'このメンバーは見つかりません。', 'pin.keypad': 'テンキー',
    'me.title': 'マイページ', 'me.name': '名前', 'me.nickname': 'ニックネーム', 'me.role': '役割',
    'me.busyTitle': '忙しい期間', 'me.busyToggle': '忙しい（家事の割り当てを控える）', 'me.busyFrom': '開始日',
    'me.busyUntil': '終了日', 'me.busySave': '期間を保存', 'me.busyNow': '忙しい期間：{from} 〜 {until}',
    'me.busyNone': '忙しい期間は設定されていません。', 'me.busyOpen': '未定', 'me.busyHint': '開始日を空にすると今から、終了日を空にすると未定になります。',
    'me.sessionsTitle': 'ログイン中のセッション', 'me.sessionCreated': '開始：{time}', 'me.sessionExpires': '有効期限：{time}',
    'me.sessionCurrent': 'この端末', 'me.sessionRevoke': '終了させる', 'me.sessionsEmpty': 'セッションはありません。',
    'me.sessionRevoked': 'セッションを終了しました。', 'me.confirmRevokeSession': 'このセッションを終了しますか？',
    'me.emailTitle': 'ログイン用メールアドレス', 'me.emailCurrent': '今のメールアドレス：', 'me.emailNew': '新しいメールアドレス',
    'me.emailPassword': '今のパスワード', 'me.emailHint': '本人確認のため、今のパスワードを入力してください。次回からは新しいメールアドレスでログインします。',
    'me.emailSave': 'メールアドレスを変更', 'me.emailChanged': 'メールアドレスを {email} に変更しました。',
    'me.emailWrongPassword': 'パスワードが違います。', 'me.emailTaken': 'このメールアドレスはすでに登録されています。',
    'me.emailUnchanged': 'すでにこのメールアドレスを使っています。', 'me.emailInvalid': 'メールアドレスの形式が正しくありません。',
    'me.emailTooLong': 'メールアドレスが長すぎます。',
    'me.pinTitle': '暗証番号', 'me.pinHas': '暗証番号は設定済みです。変更できます。', 'me.pinNone': '暗証番号はまだありません。共通端末で使う4桁を決めてください。',
    'me.pinCurrent': '今の暗証番号', 'me.pinNew': '新しい暗証番号（4桁）', 'me.pinConfirm': '新しい暗証番号（確認）',
    'me.pinSave': '暗証番号を保存', 'me.pinSaved': '暗証番号を保存しました。',
    'role.ADMIN': '管理者', 'role.MEMBER': 'メンバー', 'role.CHILD': '子ども',
    'relation.self': '本人', 'relation.spouse': '配偶者', 'relation.parent': '親', 'relation.child': '子',
    'relation.sibling': 'きょうだい', 'relation.other': 'その他',
    'avatar.default': 'ふつう', 'avatar.boy': '男の子', 'avatar.girl': '女の子', 'avatar.man': '男性', 'avatar.woman': '女性',
    'avatar.grandpa': 'おじいちゃん', 'avatar.grandma': 'おばあちゃん', 'avatar.cat': 'ねこ', 'avatar.dog': 'いぬ',
    'members.title': '家族のメンバー', 'members.add': 'メンバーを追加', 'members.empty': 'まだメンバーがいません。',
    'members.hasLogin': 'ログインあり', 'members.hasPin': '暗証番号あり', 'members.noPin': '暗証番号なし',
    'members.busy': '忙しい', 'members.locked': 'ロック中', 'members.resetPin': '暗証番号の再設定・ロック解除',
    'members.remove': '削除', 'members.confirmRemove': '{name}さんを削除しますか？担当中の家事は他の人に割り当て直され、履歴は残ります。',
    'members.removed': '削除しました。', 'members.pinSaved': '{name}さんの暗証番号を設定しました。',
    'members.pinDialog': '{name}さんの新しい暗証番号（4桁）', 'members.actions': '操作',
    'member.titleNew': 'メンバーを追加', 'member.titleEdit': 'メンバーを編集', 'member.displayName': '表示名',
    'member.nickname': 'ニックネーム', 'member.role': '役割', 'member.relation': '続柄', 'member.avatar': 'アイコン',
    'member.colour': '色', 'member.ownLogin': '自分用のログインを作る（メールとパスワード）', 'member.email': 'メールアドレス',
    'member.password': 'パスワード（10文字以上）', 'member.saved': 'メンバーを保存しました。',
    'invites.title': '招待コード', 'invites.create': '招待コードを発行', 'invites.expiresIn': '有効時間',
    'invites.hours': '{n}時間', 'invites.maxUses': '使える回数', 'invites.role': '参加する人の役割',
    'invites.newCode': '新しい招待コード', 'invites.copy': 'コピー', 'invites.copied': 'コピーしました',
    'invites.expires': '有効期限：{time}', 'invites.uses': '使用：{uses} / {max}回', 'invites.revoke': '取り消す',
    'invites.confirmRevoke': 'この招待コードを取り消しますか？', 'invites.list': '発行済みの招待コード',
    'invites.empty': '招待コードはまだありません。', 'invites.status.active': '有効', 'invites.status.revoked': '取り消し済み',
    'invites.status.expired': '期限切れ', 'invites.status.used': '使用済み', 'invites.shareHint': 'このコードを参加する人に伝えてください。「招待コードで参加」から入力します。',
    'household.title': '家族の設定', 'household.name': '家族の名前', 'household.timeZone': 'タイムゾーン',
    'household.locale': '言語', 'household.locationLabel': '地域（天気予報用）', 'household.locationPh': '例：東京都世田谷区',
    'household.latitude': '緯度', 'household.longitude': '経度', 'household.idleTimeout': '共通端末の自動ログアウト（分）',
    'household.rotationUnit': '当番の交代', 'household.shoppingApproval': '子どもの買い物追加に管理者の承認が必要',
    'household.readOnly': '設定を変更できるのは管理者だけです。', 'household.saved': '設定を保存しました。',
    'locale.ja': '日本語', 'locale.en': '英語', 'rotation.DAILY': '毎日', 'rotation.WEEKLY': '毎週',
    'devices.title': '共通端末', 'devices.registerTitle': 'このブラウザを共通端末として登録',
    'devices.registerHelp': 'キッチンのタブレットなど、家族みんなで使う端末を登録すると、ログアウト後に家族のボードが表示されます。',
    'devices.name': '端末の名前', 'devices.namePh': '例：キッチンのタブレット', 'devices.register': '登録する',
    'devices.thisIsDevice': 'このブラウザは共通端末として登録されています。',
    'devices.registered': '登録しました。ログアウトすると家族のボードが表示されます。', 'devices.list': '登録済みの端末',
    'devices.created': '登録：{time}', 'devices.lastSeen': '最終利用：{time}', 'devices.current': 'このブラウザ',
    'devices.revoke': '登録解除', 'devices.confirmRevoke': '{name}の登録を解除しますか？', 'devices.empty': '登録された端末はありません。',
    'chores.title': '家事の一覧', 'chores.empty': 'まだ家事がありません。', 'chores.weight': '重さ {n}',
    'chores.inactive': '休止中', 'chores.preparing': '家事を準備しています…',
    'schedule.WEEKDAYS': '曜日：{days}', 'schedule.everyDay': '毎日', 'schedule.INTERVAL': '{n}日ごと',
    'schedule.MONTHLY': '毎月{n}日', 'schedule.unknown': '予定未設定',
    'weekday.1': '月', 'weekday.2': '火', 'weekday.3': '水', 'weekday.4': '木', 'weekday.5': '金', 'weekday.6': '土', 'weekday.7': '日',
    'weekday.separator': '・',
    'idle.warning': 'しばらく操作がないので、まもなくボードに戻ります。',
    'nav.dashboard': 'ホーム', 'nav.rotation': '当番の設定',
    'common.refresh': '最新にする', 'common.delete': '削除', 'common.deleted': '削除しました。',
    'dash.title': '今日の家事', 'dash.todayLine': '今日：{date}　期間：{from} 〜 {to}',
    'dash.regenerate': '残りの期間を組み直す',
    'dash.confirmRegenerate': '今日からこの期間の終わりまで、まだ終わっていない当番を組み直します。管理者が固定した担当はそのままです。よろしいですか？',
    'dash.regenerateOk': '組み直す', 'dash.regenerated': '{n}件の当番を組み直しました。',
    'dash.progress': 'みんなの達成率', 'dash.completionToday': '今日', 'dash.completionPeriod': 'この期間',
    'dash.myTasks': '自分の今日の家事', 'dash.myTasksEmpty': '今日のあなたの担当はありません。',
    'dash.todayRoster': '今日の当番', 'dash.todayEmpty': '今日の当番はありません。',
    'dash.notStarted': 'まだ終わっていない家事', 'dash.notStartedEmpty': 'ありません。',
    'dash.overdue': '期限切れ', 'dash.overdueEmpty': '期限切れの家事はありません。',
    'dash.members': 'この期間のメンバー', 'dash.colMember': '名前', 'dash.colDone': '完了 / 担当',
    'dash.colCompletion': '達成率', 'dash.colWeight': '負担（重さの合計）', 'dash.colBalance': '公平な分との差',
    'dash.balanceMore': '公平な分より {n} 多くやった', 'dash.balanceLess': '公平な分より {n} 少ない', 'dash.balanceEven': 'ちょうど公平',
    'dash.periodTable': 'この期間の当番表', 'dash.colChore': '家事', 'dash.todayMark': '今日',
    'dash.unassigned': '未割り当て', 'dash.preparing': '当番表を準備しています。数秒たってから読み込み直してください。',
    'dash.stale': '最新の状態を読み込めませんでした。表示は古いかもしれません。',
    'task.status.OPEN': '未完了', 'task.status.DONE': '完了', 'task.overdue': '期限切れ', 'task.pinned': '固定',
    'task.due': '期限 {time}', 'task.complete': '完了にする', 'task.undo': '元に戻す',
    'task.done': '「{chore}」を完了にしました。', 'task.reopened': '「{chore}」を未完了に戻しました。',
    'task.why': 'なぜ私？', 'task.whyOther': 'なぜこの人？', 'task.reassign': '担当を変更', 'task.reassigned': '「{chore}」の担当を{name}さんに変更しました。',
    'task.toastTitle': 'かじまる',
    'why.title': '「{chore}」がこの人になった理由', 'why.loadBefore': '割り当て前の負担', 'why.loadAfter': '割り当て後の{name}さんの負担：{n}',
    'why.skipped': '対象外になった人', 'why.noneSkipped': '対象外の人はいません。', 'why.rule': '決め方',
    'why.reason.BUSY': '忙しい期間中', 'why.reason.NOT_CANDIDATE': 'この家事の担当候補ではない', 'why.reason.ROLE_TOO_LOW': '必要な役割に届かない',
    'why.ruleFair': 'この期間の負担（重さの合計）とこれまでの貸し借りを足して、いちばん少ない人に割り当てます。',
    'why.rulePinned': '管理者が担当を固定しました。', 'why.empty': 'この当番の説明はまだありません。',
    'why.formerMember': '（いないメンバー）', 'why.assignee': '担当：{name}',
    'chores.add': '家事を追加', 'chores.readOnly': '家事を編集できるのは管理者だけです。',
    'chores.confirmDelete': '「{name}」を削除しますか？予定の当番も消えます。', 'chores.due': '期限 {time}',
    'chores.everyone': '全員が担当', 'chores.candidates': '担当候補 {n}人', 'chores.minRole': '{role}以上',
    'chores.rotationLink': '当番の設定',
    'chore.titleNew': '家事を追加', 'chore.titleEdit': '家事を編集', 'chore.name': '家事の名前', 'chore.namePh': '例：窓ふき',
    'chore.weight': '重さ', 'weight.1': '1：とても軽い', 'weight.2': '2：軽い', 'weight.3': '3：ふつう', 'weight.4': '4：重い', 'weight.5': '5：とても重い',
    'chore.scheduleKind': '予定', 'chore.kind.WEEKDAYS': '曜日を決める', 'chore.kind.INTERVAL': '◯日ごと', 'chore.kind.MONTHLY': '毎月◯日',
    'chore.weekdays': '曜日', 'chore.everyNDays': '何日ごと（1〜365）', 'chore.monthDay': '日にち（1〜31）',
    'chore.dueTime': '期限の時刻', 'chore.dueTimeHelp': '空欄にすると時刻を決めません。',
    'chore.candidates': '担当できる人', 'chore.candidatesHelp': '誰も選ばないと全員が対象になります。',
    'chore.membersError': 'メンバーを読み込めませんでした。全員が対象になります。',
    'chore.minimumRole': '必要な役割', 'chore.minimumRoleNone': '指定なし', 'chore.active': '有効（当番表に入れる）',
    'chore.saved': '家事を保存しました。数秒で当番表に反映されます。',
    'validation.weekdays': '曜日を1つ以上選んでください。', 'validation.range': '{min}〜{max}の数を入力してください。',
    'rotation.title': '当番の設定', 'rotation.unit': '当番の交代', 'rotation.timeZone': 'タイムゾーン',
    'rotation.hint': 'これらは「家族の設定」で変更します。', 'rotation.toHousehold': '家族の設定を開く',
    'rotation.defaultDueTime': '既定の期限（時刻）', 'rotation.defaultDueTimeHelp': '期限のない家事はこの時刻が期限です。空欄なら一日の終わり。', 'rotation.saved': '保存しました。',
    'me.busyToday': '今日だけ忙しい', 'me.busyClear': '忙しい期間を解除', 'me.busyChanged': '保存しました。当番表は数秒で組み直されます。',
    'members.setBusy': '忙しい期間', 'members.busyDialog': '{name}さんの忙しい期間',
    'members.busySaved': '{name}さんの忙しい期間を保存しました。当番表は数秒で組み直されます。',
    'members.busyCleared': '{name}さんの忙しい期間を解除しました。',
    'validation.busyRange': '終了日は開始日と同じか、それより後にしてください。',
    'why.rule.onlyEligible': 'この家事を担当できる人が一人だけでした。',
    'why.rule.leastLoaded': '負担（この期間の重さの合計＋これまでの貸し借り）がいちばん少ない人に割り当てました。',
    'why.rule.tieVariety': '負担が同じ人の中から、この期間にこの家事をした回数が少ない人を選びました。',
    'why.rule.tieId': '負担が同じだったので、決まった順番で選びました。',
    'why.rule.nobody': '担当できて忙しくない人がいなかったので、まだ誰にも割り当てられていません。',
    'nav.substitutes': '代役',
    'sub.ask': '代わりを頼む', 'sub.askTitle': '「{chore}」の代わりを頼む',
    'sub.askLead': '家族の誰かが引き受けると、その人の担当になります。', 'sub.note': 'ひとこと',
    'sub.notePh': '例：会議が入った', 'sub.noteHelp': '200文字まで。', 'sub.noteTooLong': '200文字以内にしてください。',
    'sub.askOk': '頼む', 'sub.asked': '「{chore}」の代わりを頼みました。',
    'sub.board': '代役の募集', 'sub.boardEmpty': '代わりを探している家事はありません。',
    'sub.requestedBy': '{name}さんから', 'sub.accept': '私がやる', 'sub.accepted': '「{chore}」を引き受けました。',
    'sub.withdraw': '取り下げる', 'sub.confirmWithdraw': '「{chore}」の代役の募集を取り下げますか？',
    'sub.withdrawn': '「{chore}」の募集を取り下げました。', 'sub.mine': 'あなたの依頼',
    'sub.historyTitle': '代役の履歴', 'sub.historyEmpty': 'まだ代役の依頼はありません。',
    'sub.status.OPEN': '募集中', 'sub.status.ACCEPTED': '引き受け済み', 'sub.status.WITHDRAWN': '取り下げ',
    'sub.status.EXPIRED': '期限切れ', 'sub.status.CLOSED': '終了',
    'sub.takenBy': '引き受けた人：{name}', 'sub.createdAt': '依頼：{time}', 'sub.expiresAt': '締め切り：{time}',
    'sub.closedAt': '終了：{time}', 'sub.formerMember': '（いないメンバー）',
  },
  en: {
    'app.name': 'Kajimaru', 'app.tagline': 'Share the housework, keep the peace.',
    'lang.switch': '日本語', 'lang.switchAria': 'Switch language',
    'nav.toggle': 'Open menu', 'nav.chores': 'Chores', 'nav.me': 'My page', 'nav.members': 'Members',
    'nav.invites': 'Invite codes', 'nav.household': 'Household', 'nav.devices': 'Devices', 'nav.main': 'Main menu',
    'auth.logout': 'Log out', 'auth.sessionLogout': 'End session',
    'common.loading': 'Loading…', 'common.save': 'Save', 'common.cancel': 'Cancel', 'common.back': 'Back',
    'common.edit': 'Edit', 'common.yes': 'Yes', 'common.close': 'Close', 'common.saved': 'Saved.',
    'common.optional': '(optional)', 'common.retry': 'Reload', 'common.confirmTitle': 'Please confirm',
    'common.ok': 'OK', 'common.saving': 'Saving…',
    'error.generic': 'Something went wrong. Please try again.',
    'error.network': 'Cannot reach the server. Check your connection.',
    'error.server': 'The server had a problem. Please try again later.',
    'error.busy': 'Kajimaru is busy right now. Please try again in {seconds} seconds.',
    'error.notFound': 'Not found (this feature may not be available yet).',
    'error.forbidden': 'You are not allowed to do this.',
    'error.tooMany': 'Too many attempts. Try again in {seconds} seconds.',
    'error.tooManyNoTime': 'Too many attempts. Please wait a moment and try again.',
    'error.adminOnly': 'Only admins can use this screen.', 'error.pageNotFound': 'Page not found.',
    'error.required': 'Please fill this in.', 'error.fixFields': 'Please check the highlighted fields.',
    'start.title': 'Welcome', 'start.lead': 'Chores, shopping, stock and appliance care, shared by the whole family.',
    'start.signup': 'Start a family (sign up)', 'start.login': 'Log in with e-mail', 'start.join': 'Join with an invite code',
    'start.deviceHint': 'To make this the family\'s shared device, log in as an admin and register it under "Devices".',
    'signup.title': 'Start your family', 'signup.householdName': 'Family name', 'signup.householdNamePh': 'e.g. The Tanakas',
    'signup.displayName': 'Your name', 'signup.displayNamePh': 'e.g. Hana', 'signup.email': 'E-mail',
    'signup.emailPh': 'e.g. hana@example.com', 'signup.password': 'Password (10+ characters)',
    'signup.passwordConfirm': 'Confirm password', 'signup.locale': 'Language', 'signup.submit': 'Start',
    'signup.haveAccount': 'Already have an account?',
    'validation.passwordShort': 'Use at least 10 characters.', 'validation.passwordMismatch': 'The passwords do not match.',
    'validation.code': 'Enter the 8 digits.', 'validation.pin': 'Enter 4 digits.',
    'validation.pinMismatch': 'The PINs do not match.',
    'login.title': 'Log in', 'login.submit': 'Log in now', 'login.wrong': 'Wrong e-mail or password.',
    'login.noAccount': 'New here? Start a family',
    'join.title': 'Join with an invite code', 'join.lead': 'Enter the 8-digit code you got from your family\'s admin.',
    'join.code': 'Invite code (8 digits)', 'join.codePh': '8 digits', 'join.submit': 'Join',
    'board.subtitle': 'Tap your picture', 'board.noPin': 'Ask an admin to set a PIN',
    'board.locked': 'Locked', 'board.empty': 'No family members yet.', 'board.adminLogin': 'Log in with e-mail',
    'board.title': 'Family board', 'board.tileAria': 'Start as {name}',
    'pin.title': 'Enter PIN', 'pin.prompt': '{name}, enter your 4-digit PIN', 'pin.clear': 'Clear',
    'pin.backspace': 'Delete', 'pin.digitAria': 'Digit {d}', 'pin.dotsAria': 'Digits entered',
    'pin.locked': 'This profile is locked', 'pin.lockedHelp': 'Too many wrong PINs. Try again after {time}, or ask an admin to unlock it.',
    'pin.lockedHelpNoTime': 'Too many wrong PINs. Wait a while, or ask an admin to unlock it.',
    'pin.wrong': 'Wrong PIN.', 'pin.backToBoard': 'Back to the board', 'pin.checking': 'Checking…',
    'pin.unknownMember': 'This member was not found.', 'pin.keypad': 'Keypad',
    'me.title': 'My page', 'me.name': 'Name', 'me.nickname': 'Nickname', 'me.role': 'Role',
    'me.busyTitle': 'Busy period', 'me.busyToggle': 'Busy (pause chore assignments)', 'me.busyFrom': 'From',
    'me.busyUntil': 'Until', 'me.busySave': 'Save period', 'me.busyNow': 'Busy: {from} – {until}',
    'me.busyNone': 'No busy period set.', 'me.busyOpen': 'open-ended', 'me.busyHint': 'Leave "From" empty to start now, "Until" empty for open-ended.',
    'me.sessionsTitle': 'My sessions', 'me.sessionCreated': 'Started: {time}', 'me.sessionExpires': 'Expires: {time}',
    'me.sessionCurrent': 'This browser', 'me.sessionRevoke': 'Revoke', 'me.sessionsEmpty': 'No sessions.',
    'me.sessionRevoked': 'Session revoked.', 'me.confirmRevokeSession': 'End this session?',
    'me.emailTitle': 'Login e-mail', 'me.emailCurrent': 'Your e-mail address now:', 'me.emailNew': 'New e-mail address',
    'me.emailPassword': 'Current password', 'me.emailHint': 'Enter your current password to confirm it is you. From now on you log in with the new address.',
    'me.emailSave': 'Change e-mail address', 'me.emailChanged': 'Your e-mail address is now {email}.',
    'me.emailWrongPassword': 'The password is wrong.', 'me.emailTaken': 'This e-mail address is already registered.',
    'me.emailUnchanged': 'This is already your e-mail address.', 'me.emailInvalid': 'This is not a valid e-mail address.',
    'me.emailTooLong': 'The e-mail address is too long.',
    'me.pinTitle': 'PIN', 'me.pinHas': 'Your PIN is set. You can change it.', 'me.pinNone': 'You have no PIN yet. Choose 4 digits for the shared device.',
    'me.pinCurrent': 'Current PIN', 'me.pinNew': 'New PIN (4 digits)', 'me.pinConfirm': 'Confirm new PIN',
    'me.pinSave': 'Save PIN', 'me.pinSaved': 'PIN saved.',
    'role.ADMIN': 'Admin', 'role.MEMBER': 'Member', 'role.CHILD': 'Child',
    'relation.self': 'Self', 'relation.spouse': 'Spouse', 'relation.parent': 'Parent', 'relation.child': 'Son or daughter',
    'relation.sibling': 'Sibling', 'relation.other': 'Other',
    'avatar.default': 'Default', 'avatar.boy': 'Boy', 'avatar.girl': 'Girl', 'avatar.man': 'Man', 'avatar.woman': 'Woman',
    'avatar.grandpa': 'Grandpa', 'avatar.grandma': 'Grandma', 'avatar.cat': 'Cat', 'avatar.dog': 'Dog',
    'members.title': 'Members', 'members.add': 'Add member', 'members.empty': 'No members yet.',
    'members.hasLogin': 'Has login', 'members.hasPin': 'PIN set', 'members.noPin': 'No PIN',
    'members.busy': 'Busy', 'members.locked': 'Locked', 'members.resetPin': 'Reset PIN / unlock',
    'members.remove': 'Remove', 'members.confirmRemove': 'Remove {name}? Their open chores are re-assigned; history is kept.',
    'members.removed': 'Removed.', 'members.pinSaved': 'PIN set for {name}.',
    'members.pinDialog': 'New 4-digit PIN for {name}', 'members.actions': 'Actions',
    'member.titleNew': 'Add a member', 'member.titleEdit': 'Edit member', 'member.displayName': 'Display name',
    'member.nickname': 'Nickname', 'member.role': 'Role', 'member.relation': 'Relation', 'member.avatar': 'Avatar',
    'member.colour': 'Colour', 'member.ownLogin': 'Create an own login (e-mail and password)', 'member.email': 'E-mail',
    'member.password': 'Password (10+ characters)', 'member.saved': 'Member saved.',
    'invites.title': 'Invite codes', 'invites.create': 'Create an invite code', 'invites.expiresIn': 'Valid for',
    'invites.hours': '{n} hours', 'invites.maxUses': 'Maximum uses', 'invites.role': 'Role of the new member',
    'invites.newCode': 'New invite code', 'invites.copy': 'Copy', 'invites.copied': 'Copied',
    'invites.expires': 'Expires: {time}', 'invites.uses': 'Used: {uses} of {max}', 'invites.revoke': 'Revoke',
    'invites.confirmRevoke': 'Revoke this invite code?', 'invites.list': 'Issued codes',
    'invites.empty': 'No invite codes yet.', 'invites.status.active': 'Active', 'invites.status.revoked': 'Revoked',
    'invites.status.expired': 'Expired', 'invites.status.used': 'Used up', 'invites.shareHint': 'Give this code to the person joining; they enter it under "Join with an invite code".',
    'household.title': 'Household settings', 'household.name': 'Family name', 'household.timeZone': 'Time zone',
    'household.locale': 'Language', 'household.locationLabel': 'Location (for the weather)', 'household.locationPh': 'e.g. Setagaya, Tokyo',
    'household.latitude': 'Latitude', 'household.longitude': 'Longitude', 'household.idleTimeout': 'Shared device idle timeout (minutes)',
    'household.rotationUnit': 'Rotation', 'household.shoppingApproval': 'Children\'s shopping additions need an admin\'s approval',
    'household.readOnly': 'Only admins can change these settings.', 'household.saved': 'Settings saved.',
    'locale.ja': 'Japanese', 'locale.en': 'English', 'rotation.DAILY': 'Daily', 'rotation.WEEKLY': 'Weekly',
    'devices.title': 'Shared devices', 'devices.registerTitle': 'Register this browser as the shared device',
    'devices.registerHelp': 'Register the device the whole family uses (e.g. the kitchen tablet); after logging out it shows the family board.',
    'devices.name': 'Device name', 'devices.namePh': 'e.g. Kitchen tablet', 'devices.register': 'Register',
    'devices.thisIsDevice': 'This browser is registered as a shared device.',
    'devices.registered': 'Registered. Log out to show the family board.', 'devices.list': 'Registered devices',
    'devices.created': 'Registered: {time}', 'devices.lastSeen': 'Last seen: {time}', 'devices.current': 'This browser',
    'devices.revoke': 'Unregister', 'devices.confirmRevoke': 'Unregister {name}?', 'devices.empty': 'No devices registered.',
    'chores.title': 'Chores', 'chores.empty': 'No chores yet.', 'chores.weight': 'Weight {n}',
    'chores.inactive': 'Paused', 'chores.preparing': 'Preparing your chores…',
    'schedule.WEEKDAYS': 'On {days}', 'schedule.everyDay': 'Every day', 'schedule.INTERVAL': 'Every {n} days',
    'schedule.MONTHLY': 'Monthly on day {n}', 'schedule.unknown': 'No schedule',
    'weekday.1': 'Mon', 'weekday.2': 'Tue', 'weekday.3': 'Wed', 'weekday.4': 'Thu', 'weekday.5': 'Fri', 'weekday.6': 'Sat', 'weekday.7': 'Sun',
    'weekday.separator': ', ',
    'idle.warning': 'No activity for a while; returning to the board soon.',
    'nav.dashboard': 'Home', 'nav.rotation': 'Rotation',
    'common.refresh': 'Refresh', 'common.delete': 'Delete', 'common.deleted': 'Deleted.',
    'dash.title': 'Today\'s chores', 'dash.todayLine': 'Today: {date} · Period: {from} – {to}',
    'dash.regenerate': 'Regenerate the rest of this period',
    'dash.confirmRegenerate': 'Re-plan every open task from today to the end of this period? Assignments pinned by an admin stay as they are.',
    'dash.regenerateOk': 'Regenerate', 'dash.regenerated': 'Re-planned {n} tasks.',
    'dash.progress': 'Family progress', 'dash.completionToday': 'Today', 'dash.completionPeriod': 'This period',
    'dash.myTasks': 'My tasks today', 'dash.myTasksEmpty': 'Nothing for you today.',
    'dash.todayRoster': 'Today\'s roster', 'dash.todayEmpty': 'No tasks today.',
    'dash.notStarted': 'Not started yet', 'dash.notStartedEmpty': 'None.',
    'dash.overdue': 'Overdue', 'dash.overdueEmpty': 'Nothing is overdue.',
    'dash.members': 'Members this period', 'dash.colMember': 'Member', 'dash.colDone': 'Done / assigned',
    'dash.colCompletion': 'Completion', 'dash.colWeight': 'Load (total weight)', 'dash.colBalance': 'Versus fair share',
    'dash.balanceMore': 'Did {n} more than the fair share', 'dash.balanceLess': 'Did {n} less than the fair share', 'dash.balanceEven': 'Exactly the fair share',
    'dash.periodTable': 'This period\'s roster', 'dash.colChore': 'Chore', 'dash.todayMark': 'Today',
    'dash.unassigned': 'Unassigned', 'dash.preparing': 'The roster is being prepared. Reload in a few seconds.',
    'dash.stale': 'Could not load the latest state; what you see may be out of date.',
    'task.status.OPEN': 'Open', 'task.status.DONE': 'Done', 'task.overdue': 'Overdue', 'task.pinned': 'Pinned',
    'task.due': 'Due {time}', 'task.complete': 'Mark done', 'task.undo': 'Undo',
    'task.done': 'Marked "{chore}" as done.', 'task.reopened': '"{chore}" is open again.',
    'task.why': 'Why me?', 'task.whyOther': 'Why them?', 'task.reassign': 'Reassign', 'task.reassigned': '"{chore}" now goes to {name}.',
    'task.toastTitle': 'Kajimaru',
    'why.title': 'Why "{chore}" went to this person', 'why.loadBefore': 'Load before the assignment', 'why.loadAfter': '{name}\'s load afterwards: {n}',
    'why.skipped': 'Skipped', 'why.noneSkipped': 'Nobody was skipped.', 'why.rule': 'Rule',
    'why.reason.BUSY': 'Busy', 'why.reason.NOT_CANDIDATE': 'Not a candidate for this chore', 'why.reason.ROLE_TOO_LOW': 'Role below the minimum',
    'why.ruleFair': 'The task goes to whoever has the lowest load this period (total weight) plus the balance carried from earlier periods.',
    'why.rulePinned': 'An admin pinned this assignment.', 'why.empty': 'There is no explanation for this task yet.',
    'why.formerMember': '(former member)', 'why.assignee': 'Assigned to {name}',
    'chores.add': 'Add chore', 'chores.readOnly': 'Only admins can edit chores.',
    'chores.confirmDelete': 'Delete "{name}"? Its upcoming tasks are removed too.', 'chores.due': 'Due {time}',
    'chores.everyone': 'Everyone', 'chores.candidates': '{n} candidates', 'chores.minRole': '{role} or above',
    'chores.rotationLink': 'Rotation settings',
    'chore.titleNew': 'Add a chore', 'chore.titleEdit': 'Edit chore', 'chore.name': 'Name', 'chore.namePh': 'e.g. Window cleaning',
    'chore.weight': 'Weight', 'weight.1': '1: very light', 'weight.2': '2: light', 'weight.3': '3: medium', 'weight.4': '4: heavy', 'weight.5': '5: very heavy',
    'chore.scheduleKind': 'Schedule', 'chore.kind.WEEKDAYS': 'On chosen weekdays', 'chore.kind.INTERVAL': 'Every N days', 'chore.kind.MONTHLY': 'Monthly on a day',
    'chore.weekdays': 'Days', 'chore.everyNDays': 'Every how many days (1–365)', 'chore.monthDay': 'Day of the month (1–31)',
    'chore.dueTime': 'Due time', 'chore.dueTimeHelp': 'Leave empty for no particular time.',
    'chore.candidates': 'Who can do it', 'chore.candidatesHelp': 'Choose nobody to include everyone.',
    'chore.membersError': 'Could not load the members; everyone is included.',
    'chore.minimumRole': 'Minimum role', 'chore.minimumRoleNone': 'None', 'chore.active': 'Active (included in the roster)',
    'chore.saved': 'Chore saved. It shows up in the roster in a few seconds.',
    'validation.weekdays': 'Choose at least one day.', 'validation.range': 'Enter a number from {min} to {max}.',
    'rotation.title': 'Rotation settings', 'rotation.unit': 'Rotation unit', 'rotation.timeZone': 'Time zone',
    'rotation.hint': 'These are changed in the household settings.', 'rotation.toHousehold': 'Open household settings',
    'rotation.defaultDueTime': 'Default due time', 'rotation.defaultDueTimeHelp': 'For chores without a due time of their own. Empty = end of the day.', 'rotation.saved': 'Saved.',
    'me.busyToday': 'Busy today only', 'me.busyClear': 'Clear busy period', 'me.busyChanged': 'Saved. The roster is re-planned in a few seconds.',
    'members.setBusy': 'Busy period', 'members.busyDialog': 'Busy period for {name}',
    'members.busySaved': 'Busy period saved for {name}. The roster is re-planned in a few seconds.',
    'members.busyCleared': 'Busy period cleared for {name}.',
    'validation.busyRange': 'The end must be on or after the start.',
    'why.rule.onlyEligible': 'Only this member could take this chore.',
    'why.rule.leastLoaded': 'It went to whoever had the lowest load (this period\'s total weight plus the carried balance).',
    'why.rule.tieVariety': 'Several members had the same load; the one who did this chore fewer times this period was chosen.',
    'why.rule.tieId': 'Several members had the same load; a fixed order decided.',
    'why.rule.nobody': 'Nobody who may do this chore was free, so it is not assigned yet.',
    'nav.substitutes': 'Substitutes',
    'sub.ask': 'Ask for a substitute', 'sub.askTitle': 'Ask someone to take "{chore}"',
    'sub.askLead': 'When someone in the family takes it over, it becomes theirs.', 'sub.note': 'Note',
    'sub.notePh': 'e.g. A meeting came up', 'sub.noteHelp': 'Up to 200 characters.', 'sub.noteTooLong': 'Use at most 200 characters.',
    'sub.askOk': 'Ask', 'sub.asked': 'Asked for someone to take "{chore}".',
    'sub.board': 'Substitutes wanted', 'sub.boardEmpty': 'Nobody is looking for a substitute.',
    'sub.requestedBy': 'From {name}', 'sub.accept': 'I\'ll do it', 'sub.accepted': 'You took over "{chore}".',
    'sub.withdraw': 'Withdraw', 'sub.confirmWithdraw': 'Withdraw the request for "{chore}"?',
    'sub.withdrawn': 'Withdrew the request for "{chore}".', 'sub.mine': 'Your request',
    'sub.historyTitle': 'Substitute history', 'sub.historyEmpty': 'No substitute requests yet.',
    'sub.status.OPEN': 'Open', 'sub.status.ACCEPTED': 'Accepted', 'sub.status.WITHDRAWN': 'Withdrawn',
    'sub.status.EXPIRED': 'Expired', 'sub.status.CLOSED': 'Closed',
    'sub.takenBy': 'Taken over by {name}', 'sub.createdAt': 'Asked {time}', 'sub.expiresAt': 'Open until {time}',
    'sub.closedAt': 'Closed {time}', 'sub.formerMember': '(former member)',
  },
};

const STORAGE_KEY = 'kajimaru.lang';
const listeners = [];
let householdTimeZone;

export function currentLanguage() {
  return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'ja';
}

// The server's clock minus this device's, learnt from every API answer (X-Kajimaru-Now): "today" and "is it due
// yet" follow the server, whatever the device's clock says.
let serverOffsetMillis = 0;

export function learnServerNow(isoInstant) {
  const server = Date.parse(isoInstant || '');
  if (!Number.isNaN(server)) serverOffsetMillis = server - Date.now();
}

/** Now, in milliseconds, by the server's clock. */
export function serverNow() {
  return Date.now() + serverOffsetMillis;
}

/** Dates are shown in the household's time zone once it is known. */
export function setTimeZone(zone) {
  householdTimeZone = zone || undefined;
}

export function formatDate(iso, withTime = true) {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const options = withTime ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'medium' };
  try {
    return new Intl.DateTimeFormat(currentLanguage() === 'ja' ? 'ja-JP' : 'en-GB', { ...options, timeZone: householdTimeZone }).format(date);
  } catch {
    return new Intl.DateTimeFormat(currentLanguage() === 'ja' ? 'ja-JP' : 'en-GB', options).format(date);
  }
}

export function currentTimeZone() {
  return householdTimeZone;
}

function locale() {
  return currentLanguage() === 'ja' ? 'ja-JP' : 'en-GB';
}

/** A calendar day ('2026-11-30', no time zone) as text; style 'short' adds the weekday and drops the year. */
export function formatDay(day, style = 'medium') {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(day || '');
  if (!m) return '';
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  const options = style === 'short' ? { month: 'numeric', day: 'numeric', weekday: 'short' } : { dateStyle: 'medium' };
  return new Intl.DateTimeFormat(locale(), { ...options, timeZone: 'UTC' }).format(date);
}

/** The time of day of an instant, in the household's time zone. */
export function formatTime(iso) {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  try {
    return new Intl.DateTimeFormat(locale(), { timeStyle: 'short', timeZone: householdTimeZone }).format(date);
  } catch {
    return new Intl.DateTimeFormat(locale(), { timeStyle: 'short' }).format(date);
  }
}

function zoneParts(date, zone) {
  const parts = {};
  new Intl.DateTimeFormat('en-US', {
    timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
  }).formatToParts(date).forEach((p) => { parts[p.type] = p.value; });
  return parts;
}

/** Today's date ('YYYY-MM-DD') by the server's clock, in the household's time zone (the browser's when unknown). */
export function todayIso(zone = householdTimeZone) {
  let p;
  try {
    p = zoneParts(new Date(serverNow()), zone);
  } catch {
    p = zoneParts(new Date(serverNow()), undefined);
  }
  return `${p.year}-${p.month}-${p.day}`;
}

/** The instant (ISO) at which the wall clock in the household's zone shows day + time ('HH:mm:ss'). */
export function zonedInstant(day, time = '00:00:00', zone = householdTimeZone) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day || '');
  const c = /^(\d{2}):(\d{2}):(\d{2})$/.exec(time);
  if (!m || !c) return undefined;
  const wall = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(c[1]), Number(c[2]), Number(c[3]));
  let guess = wall;
  try {
    for (let i = 0; i < 2; i += 1) {
      const p = zoneParts(new Date(guess), zone);
      const shown = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second));
      guess += wall - shown;
    }
  } catch {
    return new Date(`${day}T${time}`).toISOString();
  }
  return new Date(guess).toISOString();
}

/** The calendar day ('YYYY-MM-DD') of an instant in the household's time zone. */
export function dayOf(iso, zone = householdTimeZone) {
  const date = new Date(iso);
  if (!iso || Number.isNaN(date.getTime())) return '';
  let p;
  try {
    p = zoneParts(date, zone);
  } catch {
    p = zoneParts(date, undefined);
  }
  return `${p.year}-${p.month}-${p.day}`;
}

/** The day after 'YYYY-MM-DD'. */
export function nextDay(day) {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function resolveArg(value) {
  if (value && typeof value === 'object') {
    if ('day' in value) return formatDay(value.day, value.style);
    if ('clock' in value) return formatTime(value.clock);
    if ('date' in value) return formatDate(value.date, value.time !== false);
    if ('key' in value) return t(value.key, value.args);
  }
  return value ?? '';
}

/** t('invites.expires', {time: {date: iso}}); args may be plain values, {date} or a nested {key}. */
export function t(key, args) {
  const text = messages[currentLanguage()][key] ?? messages.ja[key] ?? key;
  if (!args) return text;
  return text.replace(/\{(\w+)\}/g, (m, name) => (name in args ? String(resolveArg(args[name])) : m));
}

const ATTRIBUTES = [['i18nPlaceholder', 'placeholder'], ['i18nAriaLabel', 'aria-label'], ['i18nTitle', 'title']];

function argsOf(el) {
  try {
    return el.dataset.i18nArgs ? JSON.parse(el.dataset.i18nArgs) : undefined;
  } catch {
    return undefined;
  }
}

/** Re-labels everything under root that carries an i18n attribute. */
export function applyLanguage(root = document) {
  if (root === document) {
    document.documentElement.lang = currentLanguage();
    document.title = t('app.name');
  }
  const all = [root, ...root.querySelectorAll('*')];
  all.forEach((el) => {
    if (!el.dataset) return;
    const args = argsOf(el);
    if (el.dataset.i18n) el.textContent = t(el.dataset.i18n, args);
    ATTRIBUTES.forEach(([data, attr]) => {
      if (el.dataset[data]) el.setAttribute(attr, t(el.dataset[data], args));
    });
    if (el.dataset.date) el.textContent = formatDate(el.dataset.date, el.dataset.dateTime !== 'false');
    if (el.dataset.day) el.textContent = formatDay(el.dataset.day, el.dataset.dayStyle);
    if (el.dataset.clock) el.textContent = formatTime(el.dataset.clock);
  });
}

export function setLanguage(lang) {
  localStorage.setItem(STORAGE_KEY, lang === 'en' ? 'en' : 'ja');
  applyLanguage();
  listeners.forEach((fn) => fn(currentLanguage()));
}

export function toggleLanguage() {
  setLanguage(currentLanguage() === 'ja' ? 'en' : 'ja');
}

export function onLanguageChange(fn) {
  listeners.push(fn);
}

/**
 * A feature's own dictionary (js/i18n/<feature>.js), merged into the shared one when its view module loads; a key
 * that is already defined is a mistake and throws, so two features cannot silently relabel each other.
 */
export function addMessages({ ja, en }) {
  [['ja', ja], ['en', en]].forEach(([lang, dict]) => {
    Object.keys(dict).forEach((key) => {
      if (key in messages[lang]) throw new Error(`i18n key defined twice: ${key}`);
    });
    Object.assign(messages[lang], dict);
  });
}

/** Keys present in one dictionary but not the other (must stay empty). */
export function missingKeys() {
  const ja = Object.keys(messages.ja);
  const en = Object.keys(messages.en);
  return [...ja.filter((k) => !(k in messages.en)), ...en.filter((k) => !(k in messages.ja))];
}
