// Chore kinds (rotation-service's ChoreKinds, ADR 0011): what a chore is, whatever it is called. Weather
// recommendations name a kind; the dashboard offers "do it today" for the household's chore of that kind.
import { addMessages } from '../i18n.js';

/** The keys rotation-service accepts, in the order the chore form lists them. */
export const CHORE_KINDS = ['breakfast', 'lunch', 'dinner', 'dishes', 'toilet', 'bath', 'garbage', 'entrance', 'folding',
  'laundry', 'rooms', 'futon', 'rugs', 'balcony', 'windows', 'fridge', 'taps', 'clothes', 'drains', 'stove', 'humidifier',
  'stock', 'aircon'];

addMessages({
  ja: {
    'chore.choreKind': '家事の種類', 'chore.choreKindNone': '指定なし',
    'chore.choreKindHelp': '天気に合わせたおすすめ家事は、この種類で当番の家事と結びつきます。',
    'choreKind.breakfast': '朝食・お弁当', 'choreKind.lunch': '昼食', 'choreKind.dinner': '夕食', 'choreKind.dishes': '食器洗い',
    'choreKind.toilet': 'トイレ掃除', 'choreKind.bath': 'お風呂掃除', 'choreKind.garbage': 'ゴミ出し', 'choreKind.entrance': '玄関掃除',
    'choreKind.folding': '洗濯物たたみ', 'choreKind.laundry': '洗濯', 'choreKind.rooms': '部屋の掃除', 'choreKind.futon': '布団',
    'choreKind.rugs': 'ラグ・マット', 'choreKind.balcony': 'ベランダ', 'choreKind.windows': '窓', 'choreKind.fridge': '冷蔵庫',
    'choreKind.taps': '蛇口・水まわり', 'choreKind.clothes': '衣類の整理', 'choreKind.drains': '排水口', 'choreKind.stove': 'コンロ・換気扇',
    'choreKind.humidifier': '加湿器', 'choreKind.stock': '日用品の在庫', 'choreKind.aircon': 'エアコン',
  },
  en: {
    'chore.choreKind': 'Kind of chore', 'chore.choreKindNone': 'None',
    'chore.choreKindHelp': "The weather card's recommended chores find this chore by its kind.",
    'choreKind.breakfast': 'Breakfast / lunch box', 'choreKind.lunch': 'Lunch', 'choreKind.dinner': 'Dinner', 'choreKind.dishes': 'Dishes',
    'choreKind.toilet': 'Toilet', 'choreKind.bath': 'Bath', 'choreKind.garbage': 'Garbage', 'choreKind.entrance': 'Entrance',
    'choreKind.folding': 'Folding laundry', 'choreKind.laundry': 'Laundry', 'choreKind.rooms': 'Rooms', 'choreKind.futon': 'Futons',
    'choreKind.rugs': 'Rugs and mats', 'choreKind.balcony': 'Balcony', 'choreKind.windows': 'Windows', 'choreKind.fridge': 'Fridge',
    'choreKind.taps': 'Taps and sinks', 'choreKind.clothes': 'Clothes', 'choreKind.drains': 'Drains', 'choreKind.stove': 'Hob and hood',
    'choreKind.humidifier': 'Humidifier', 'choreKind.stock': 'Household stock', 'choreKind.aircon': 'Air conditioner',
  },
});
