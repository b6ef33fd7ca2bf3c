package jp.kajimaru.user.household;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The city presets a household may pick as its place ({@code PATCH /api/households/current {location: {city}}}):
 * a key, the name in Japanese and English, and the coordinates of the city centre. The settings page lists the same
 * keys (its names are only for display; the coordinates live here).
 */
public final class Cities {

    public record City(String key, String ja, String en, BigDecimal latitude, BigDecimal longitude) {

        public String name(String locale) {
            return "en".equals(locale) ? en : ja;
        }

        /** Within about a kilometre of the centre. */
        boolean at(BigDecimal lat, BigDecimal lon) {
            return latitude.subtract(lat).abs().compareTo(NEAR) < 0 && longitude.subtract(lon).abs().compareTo(NEAR) < 0;
        }
    }

    private static final BigDecimal NEAR = new BigDecimal("0.01");

    public static final List<City> ALL = List.of(
            city("tokyo", "東京", "Tokyo", "35.68950", "139.69171"),
            city("yokohama", "横浜", "Yokohama", "35.4437", "139.638"),
            city("saitama", "さいたま", "Saitama", "35.8617", "139.6455"),
            city("chiba", "千葉", "Chiba", "35.6074", "140.1065"),
            city("sapporo", "札幌", "Sapporo", "43.0642", "141.3469"),
            city("sendai", "仙台", "Sendai", "38.2682", "140.8694"),
            city("niigata", "新潟", "Niigata", "37.9162", "139.0364"),
            city("kanazawa", "金沢", "Kanazawa", "36.5613", "136.6562"),
            city("nagoya", "名古屋", "Nagoya", "35.1815", "136.9066"),
            city("shizuoka", "静岡", "Shizuoka", "34.9756", "138.3828"),
            city("kyoto", "京都", "Kyoto", "35.0116", "135.7681"),
            city("osaka", "大阪", "Osaka", "34.6937", "135.5023"),
            city("kobe", "神戸", "Kobe", "34.6901", "135.1955"),
            city("hiroshima", "広島", "Hiroshima", "34.3853", "132.4553"),
            city("takamatsu", "高松", "Takamatsu", "34.3428", "134.0466"),
            city("fukuoka", "福岡", "Fukuoka", "33.5902", "130.4017"),
            city("kagoshima", "鹿児島", "Kagoshima", "31.5966", "130.5571"),
            city("naha", "那覇", "Naha", "26.2124", "127.6809"));

    private Cities() {
    }

    /** The preset with this key, or empty. */
    public static Optional<City> byKey(String key) {
        return ALL.stream().filter(c -> c.key().equals(key)).findFirst();
    }

    /** The preset at these coordinates, if any (so a household placed by a city shows that city). */
    public static Optional<City> at(BigDecimal latitude, BigDecimal longitude) {
        return ALL.stream().filter(c -> c.at(latitude, longitude)).findFirst();
    }

    static String keys() {
        return ALL.stream().map(City::key).collect(Collectors.joining(", "));
    }

    private static City city(String key, String ja, String en, String latitude, String longitude) {
        return new City(key, ja, en, new BigDecimal(latitude), new BigDecimal(longitude));
    }
}
