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

/** City presets for the household's location: names in both languages, coordinates of the city centre. */
export const CITIES = [
  { key: 'tokyo', ja: '東京', en: 'Tokyo', latitude: 35.6895, longitude: 139.6917 },
  { key: 'yokohama', ja: '横浜', en: 'Yokohama', latitude: 35.4437, longitude: 139.638 },
  { key: 'saitama', ja: 'さいたま', en: 'Saitama', latitude: 35.8617, longitude: 139.6455 },
  { key: 'chiba', ja: '千葉', en: 'Chiba', latitude: 35.6074, longitude: 140.1065 },
  { key: 'sapporo', ja: '札幌', en: 'Sapporo', latitude: 43.0642, longitude: 141.3469 },
  { key: 'sendai', ja: '仙台', en: 'Sendai', latitude: 38.2682, longitude: 140.8694 },
  { key: 'niigata', ja: '新潟', en: 'Niigata', latitude: 37.9162, longitude: 139.0364 },
  { key: 'kanazawa', ja: '金沢', en: 'Kanazawa', latitude: 36.5613, longitude: 136.6562 },
  { key: 'nagoya', ja: '名古屋', en: 'Nagoya', latitude: 35.1815, longitude: 136.9066 },
  { key: 'shizuoka', ja: '静岡', en: 'Shizuoka', latitude: 34.9756, longitude: 138.3828 },
  { key: 'kyoto', ja: '京都', en: 'Kyoto', latitude: 35.0116, longitude: 135.7681 },
  { key: 'osaka', ja: '大阪', en: 'Osaka', latitude: 34.6937, longitude: 135.5023 },
  { key: 'kobe', ja: '神戸', en: 'Kobe', latitude: 34.6901, longitude: 135.1955 },
  { key: 'hiroshima', ja: '広島', en: 'Hiroshima', latitude: 34.3853, longitude: 132.4553 },
  { key: 'takamatsu', ja: '高松', en: 'Takamatsu', latitude: 34.3428, longitude: 134.0466 },
  { key: 'fukuoka', ja: '福岡', en: 'Fukuoka', latitude: 33.5902, longitude: 130.4017 },
  { key: 'kagoshima', ja: '鹿児島', en: 'Kagoshima', latitude: 31.5966, longitude: 130.5571 },
  { key: 'naha', ja: '那覇', en: 'Naha', latitude: 26.2124, longitude: 127.6809 },
];

/** The preset at these coordinates (within about a kilometre), if any. */
export function cityAt(latitude, longitude) {
  const lat = Number(latitude);
  const lon = Number(longitude);
  if (!Number.isFinite(lat) || !Number.isFinite(lon)) return null;
  return CITIES.find((c) => Math.abs(c.latitude - lat) < 0.01 && Math.abs(c.longitude - lon) < 0.01) || null;
}
