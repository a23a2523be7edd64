package org.zhedition.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhedition.TestProjects;
import org.zhedition.content.Article;
import org.zhedition.content.Content;
import org.zhedition.content.ContentLoader;
import org.zhedition.edition.ConvertedArticle;
import org.zhedition.edition.Edition;
import org.zhedition.glossary.Term;

/**
 * Every change a Taiwan editor makes to the article, with its count (the reviewed list in
 * docs/style.md, "The Taiwan edition"), on the Taiwan fixture (a copy of content/: three editions
 * and the vocabulary groups): in the zh-TW edition the Hong Kong form is gone and the Taiwan form
 * appears as often as the source had it plus the places changed; the Hong Kong edition prints the
 * author's words; OpenCC's s2twp damage never appears.
 */
class TaiwanRulesTest {
    static final Path DIR = TestProjects.repository().resolve("src/test/resources/projects/taiwan/content");
    private static final Content CONTENT = ContentLoader.load(DIR);
    private static final Article ARTICLE = CONTENT.articles().get(0);
    private static final Edition TW = Edition.of(CONTENT, CONTENT.site().edition("zh-TW"), new ConversionLog());
    private static final Edition HK = Edition.of(CONTENT, CONTENT.site().edition("zh-Hant"), new ConversionLog());
    private static final String SOURCE = texts(ARTICLE.title(), ARTICLE.standfirst(), ARTICLE.description(),
            String.join("、", ARTICLE.keywords()), ARTICLE.credits(), emendations(ARTICLE.emendations()), ARTICLE.body());
    private static final String TAIWAN = text(ConvertedArticle.of(ARTICLE, TW.converter(ARTICLE)));
    private static final String HONG_KONG = text(ConvertedArticle.of(ARTICLE, HK.converter(ARTICLE)));

    private static String text(ConvertedArticle a) {
        return texts(a.title(), a.standfirst(), a.description(), String.join("、", a.keywords()), a.credits(),
                emendations(a.emendations()), a.body());
    }

    /** What of the emendations is converted: place, the edition's text and the note (not the quoted source). */
    private static String emendations(List<Article.Emendation> list) {
        List<String> out = new ArrayList<>();
        list.forEach(e -> out.add(e.at() + "\n" + e.now() + "\n" + e.note()));
        return String.join("\n", out);
    }

    private static String texts(String... parts) {
        return String.join("\n", parts);
    }

    static int count(String text, String word) {
        int n = 0;
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length())) {
            n++;
        }
        return n;
    }

    /**
     * Hong Kong form, Taiwan form, the places changed, and (where a form overlaps another: 祖克柏
     * inside 扎克伯格（祖克柏）, 據報導 also from 據報道) how often zh-TW prints the Taiwan form in all.
     */
    @ParameterizedTest(name = "{0} → {1} ×{2}")
    @CsvSource(delimiter = '|', textBlock = """
            # companies and people
            英偉達|輝達|10|
            扎克伯格（祖克柏）|祖克柏|1|1
            納斯達克|那斯達克|2|
            創始人|創辦人|2|
            首席執行官|執行長|1|
            初創公司|新創公司|1|
            # politics and places
            特朗普|川普|5|
            星門計畫|星際之門計畫|1|
            # computing
            人工智能|人工智慧|10|
            芯片|晶片|10|
            # 算法 (×2) also inside 演算法: counted in context
            引起算法|引起演算法|1|
            技術和算法|技術和演算法|1|
            電子信息工程|電子資訊工程|1|
            信息與通信工程|資訊與通訊工程|1|
            底層代碼|底層程式碼|1|
            編程|程式設計|1|
            集群上運行|叢集上執行|1|
            API調用|API呼叫|1|
            數據公司|資料公司|1|
            計算資源|運算資源|1|
            發帖|發文|1|
            生態系統|生態系|1|1
            低配版|降規版|1|
            # finance and numbers
            1萬億美元|1兆美元|1|
            塊英偉達|顆輝達|2|
            風險投資家|創投家|1|
            企穩|止穩|1|
            盈利模式|獲利模式|1|
            # newsroom usage
            據報，|據報導，|1|3
            據報梁文鋒|據報導，梁文鋒|1|2
            ，據指|，據稱|1|
            人士，指|人士指出，|1|
            回應指|回應表示|1|
            他指DeepSeek|他指出DeepSeek|1|
            報道|報導|3|7
            綜合傳媒報道|綜合媒體報導|1|
            均錄得|均創下|1|
            。惟|。但|1|
            早前，|先前，|1|
            即是20世紀50年代|即1950年代|1|
            的一個訪問中|的一次專訪中|1|
            仍未有詳盡披露|仍未詳細披露|1|
            業內人士|業界人士|1|
            名牌大學|名校|1|
            上年掀|去年掀|1|
            導語|導言|3|
            # general
            20世紀50年代末|1950年代末|2|
            通過數學|透過數學|1|
            通過分享|透過分享|1|
            先進水平|先進水準|2|
            知識產權|智慧財產權|1|
            發佈|發布|2|
            頁腳|頁尾|1|
            """)
    void everyTaiwanChangeWithItsCount(String hongKong, String taiwan, int places, Integer total) {
        assertEquals(places, count(SOURCE, hongKong), "the source's " + hongKong);
        assertEquals(0, count(TAIWAN, hongKong), "zh-TW still prints " + hongKong);
        assertEquals(total != null ? total : count(SOURCE, taiwan) + places, count(TAIWAN, taiwan), "zh-TW's " + taiwan);
        assertEquals(count(SOURCE, hongKong), count(HONG_KONG, hongKong), "the Hong Kong edition prints the author's words");
    }

    /** Words already right for Taiwan come out as written (the review's list, and the issue's). */
    @ParameterizedTest(name = "{0} stays")
    @CsvSource(delimiter = '|', textBlock = """
            智慧型手機
            螢幕
            應用程式
            史普尼克
            楊立昆
            高階晶片
            業界人士
            宣布
            創辦人
            接受CNBC訪問
            性能
            諮詢對象
            字節
            台灣問題
            一飛衝天
            大模型
            首席科學家
            儘管
            """)
    void wordsAlreadyRightForTaiwanStay(String word) {
        assertTrue(count(SOURCE, word) > 0, word + " is in the source");
        assertTrue(count(TAIWAN, word) >= count(SOURCE, word), word + " in zh-TW");
    }

    /** OpenCC's s2twp prints these on this article; the Taiwan edition never does. */
    @ParameterizedTest(name = "no {0}")
    @CsvSource(delimiter = '|', textBlock = """
            位元組
            諮詢物件
            展示瞭
            演演算法
            計劃
            釋出
            宣佈
            星門計劃
            創立新型號
            宣告
            字尾
            引數
            擴充套件
            迴圈
            臺灣
            """)
    void s2twpDamageIsAbsent(String damage) {
        assertFalse(TAIWAN.contains(damage), damage + " in the article");
        for (Term t : TW.glossary().terms()) {
            assertFalse((t.term() + t.note()).contains(damage), damage + " in the glossary entry " + t.id());
        }
    }

    /** A term's headword follows the edition, the note names the other regions' word, and it still matches the text. */
    @ParameterizedTest(name = "{0}: {1} in zh-TW")
    @CsvSource(delimiter = '|', textBlock = """
            nvidia|輝達|英偉達
            donald-trump|川普|特朗普
            algorithm|演算法|算法
            cluster|叢集|集群
            intellectual-property|智慧財產權|知識產權
            nasdaq-composite|那斯達克指數|納斯達克
            """)
    void glossaryHeadwordsFollowTheEdition(String id, String taiwan, String hongKong) {
        Term tw = TW.glossary().terms().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
        Term hk = HK.glossary().terms().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
        assertEquals(taiwan, tw.term());
        assertTrue(hk.term().startsWith(hongKong), hk.term());
        assertTrue(tw.note().contains("「" + hongKong), "the zh-TW note names the Hong Kong form: " + tw.note());
        assertTrue(TAIWAN.contains(taiwan), "the term occurs in the zh-TW text");
    }

    @Test
    void theZhTwEditionIsTraditionalTaiwanAndPrintsNoSimplifiedCharacter() {
        for (int i = 0; i < TAIWAN.length(); i++) {
            char c = TAIWAN.charAt(i);
            assertFalse(Characters.foreignTo(Script.HANT, c),
                    "a Simplified character in zh-TW: " + c + " at " + TAIWAN.substring(Math.max(0, i - 10), i + 1));
        }
    }
}
