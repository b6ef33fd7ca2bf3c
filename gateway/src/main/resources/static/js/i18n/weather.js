// Weather card on the dashboard and the city picker in the household settings (weather-service, SPEC §9).
import { addMessages } from '../i18n.js';

addMessages({
  ja: {
    'weather.title': '今日の天気とおすすめ家事',
    'weather.loading': '天気予報を読み込み中…',
    'weather.unavailable': 'いまは天気予報がありません。',
    'weather.stale': '{age}前の予報です（最新の予報を取得できません）',
    'weather.ageMinutes': '{n}分', 'weather.ageHours': '{n}時間',
    'weather.temperatures': '最高 {max}° / 最低 {min}°',
    'weather.rainChance': '降水確率 {p}%',
    'weather.rainChanceUnknown': '降水確率 –',
    'weather.recommended': 'おすすめの家事',
    'weather.matched': '家事「{name}」',
    'weather.doToday': '今日やる',
    'weather.doTodayAria': '「{name}」を今日の予定に入れる',
    'weather.scheduled': '「{name}」を今日の予定に入れました。',
    'weather.category.sunny': '晴れ', 'weather.category.cloudy': 'くもり', 'weather.category.rain': '雨',
    'weather.category.snow': '雪',
    'weather.city': '都市から選ぶ',
    'weather.cityCustom': 'その他（緯度・経度を入力）',
    'weather.cityHelp': '天気予報はこの場所のものになります。一覧にない場所は、緯度と経度を入力してください。',
  },
  en: {
    'weather.title': "Today's weather and chores",
    'weather.loading': 'Loading the forecast…',
    'weather.unavailable': 'No forecast right now.',
    'weather.stale': 'Forecast from {age} ago (a newer one could not be fetched)',
    'weather.ageMinutes': '{n} min', 'weather.ageHours': '{n} h',
    'weather.temperatures': 'High {max}° / low {min}°',
    'weather.rainChance': 'Rain chance {p}%',
    'weather.rainChanceUnknown': 'Rain chance –',
    'weather.recommended': 'Recommended chores',
    'weather.matched': 'Chore "{name}"',
    'weather.doToday': 'Do it today',
    'weather.doTodayAria': 'Put "{name}" on today\'s roster',
    'weather.scheduled': '"{name}" is on today\'s roster.',
    'weather.category.sunny': 'Sunny', 'weather.category.cloudy': 'Cloudy', 'weather.category.rain': 'Rain',
    'weather.category.snow': 'Snow',
    'weather.city': 'Pick a city',
    'weather.cityCustom': 'Other (enter latitude and longitude)',
    'weather.cityHelp': 'The forecast is for this place. For a place not in the list, enter its latitude and longitude.',
  },
});

/** City presets for the household's location ({location: {city}}): keys as user-service knows them, names to show. */
export const CITIES = [
  { key: 'tokyo', ja: '東京', en: 'Tokyo' }, { key: 'yokohama', ja: '横浜', en: 'Yokohama' },
  { key: 'saitama', ja: 'さいたま', en: 'Saitama' }, { key: 'chiba', ja: '千葉', en: 'Chiba' },
  { key: 'sapporo', ja: '札幌', en: 'Sapporo' }, { key: 'sendai', ja: '仙台', en: 'Sendai' },
  { key: 'niigata', ja: '新潟', en: 'Niigata' }, { key: 'kanazawa', ja: '金沢', en: 'Kanazawa' },
  { key: 'nagoya', ja: '名古屋', en: 'Nagoya' }, { key: 'shizuoka', ja: '静岡', en: 'Shizuoka' },
  { key: 'kyoto', ja: '京都', en: 'Kyoto' }, { key: 'osaka', ja: '大阪', en: 'Osaka' },
  { key: 'kobe', ja: '神戸', en: 'Kobe' }, { key: 'hiroshima', ja: '広島', en: 'Hiroshima' },
  { key: 'takamatsu', ja: '高松', en: 'Takamatsu' }, { key: 'fukuoka', ja: '福岡', en: 'Fukuoka' },
  { key: 'kagoshima', ja: '鹿児島', en: 'Kagoshima' }, { key: 'naha', ja: '那覇', en: 'Naha' },
];
