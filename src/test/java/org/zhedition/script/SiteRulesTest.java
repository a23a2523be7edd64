package org.zhedition.script;

import org.zhedition.script.EditionSpec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhedition.content.Content;
import org.zhedition.edition.Edition;

/**
 * Each rule of the fixture's conversion.txt (a copy of content/conversion.txt), and each
 * article rule of the fixture article, on a sentence in context: the Simplified edition prints
 * what a mainland editor prints, the Traditional edition the author's words, and the words the
 * phrase rules must leave alone (bare 訪問, 指, 據報告, 早前 inside 提早前往) stay OpenCC's.
 * The decisions are listed in docs/style.md.
 */
class SiteRulesTest {
    private static final Content CONTENT = FixtureContent.content();
    private static final Converter SITE_HANS = Edition.of(CONTENT, EditionSpec.of(Script.HANS), new ConversionLog()).converter();
    private static final Converter SITE_HANT = Edition.of(CONTENT, EditionSpec.of(Script.HANT), new ConversionLog()).converter();
    private static final Converter ARTICLE_HANS = new Converter(Script.HANT, Script.HANS,
            Phrases.of(CONTENT.rules(), FixtureContent.article(CONTENT).rules()), Punctuation.KEEP, new ConversionLog());

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # Reporting verbs
            英偉達回應指，DeepSeek是一項進步。|英伟达回应称，DeepSeek是一项进步。
            報導引述業界人士，指這種做法非常常見。|报道引述业界人士，称这种做法非常常见。
            據報，DeepSeek是唯一一家。|据报道，DeepSeek是唯一一家。
            梁文鋒創辦深度求索，據指團隊成員多為畢業生。|梁文锋创办深度求索，据称团队成员多为毕业生。
            # Interviews
            在2024年的一個訪問中，他表示。|在2024年的一次采访中，他表示。
            # Connectives and time words
            他們不能公開談論。惟相關說法未獲證實。|他们不能公开谈论。但相关说法未获证实。
            早前，特朗普宣布投資。|此前，特朗普宣布投资。
            # Media
            綜合傳媒報道和分析，DeepSeek位置獨特。|综合媒体报道和分析，DeepSeek位置独特。
            另據英國《金融時報》報導，OpenAI表示。|另据英国《金融时报》报道，OpenAI表示。
            # Typography terms
            半形逗號改為全形逗號。|半角逗号改为全角逗号。
            # Devices and software
            一部智慧型手機的螢幕上的應用程式。|一部智能手机的屏幕上的应用程序。
            以電腦程式分析數據。|以计算机程序分析数据。
            裝有GPU的擴充卡，晶片之間的互連頻寬。|装有GPU的扩展卡，芯片之间的互连带宽。
            # Titles (bare 創辦人 stays: a mainland word too)
            Andreessen Horowitz的共同創辦人，DeepSeek創辦人。|Andreessen Horowitz的联合创始人，DeepSeek创办人。
            # Chips
            高階晶片被禁運，晶片與芯片。|高端芯片被禁运，芯片与芯片。
            # Names
            史普尼克時刻，扎克伯格（祖克柏），星門計畫。|斯普特尼克时刻，扎克伯格，星际之门计划。
            # Left alone: bare words the phrase rules must not touch
            他訪問北京，訪問網站。|他访问北京，访问网站。
            他指出問題，手指向北。|他指出问题，手指向北。
            根據報告，數據報表。|根据报告，数据报表。
            他提早前往。|他提早前往。
            惟一的辦法。|惟一的办法。
            高階函數。|高阶函数。
            """)
    void siteRuleInContext(String traditional, String simplified) {
        assertEquals(simplified, SITE_HANS.convert(traditional));
        assertEquals(traditional, SITE_HANT.convert(traditional), "the Traditional edition prints the author's words");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            他指DeepSeek雖開源。|他称DeepSeek虽开源。
            據報梁文鋒對李強表示。|据报道，梁文锋对李强表示。
            在接受CNBC訪問時，他表示。|在接受CNBC采访时，他表示。
            多家公司均錄得史上最高跌幅之一。|多家公司均创下史上最高跌幅之一。
            的時刻，即是20世紀50年代末。|的时刻，即20世纪50年代末。
            """)
    void articleRuleInContext(String traditional, String simplified) {
        assertEquals(simplified, ARTICLE_HANS.convert(traditional));
        assertEquals(traditional, SITE_HANT.convert(traditional));
    }

    @ParameterizedTest(name = "site rules alone leave {0}")
    @CsvSource(delimiter = '|', textBlock = """
            在接受CNBC訪問時|在接受CNBC访问时
            他指DeepSeek|他指DeepSeek
            """)
    void articleRulesAreTheArticlesOnly(String traditional, String simplified) {
        assertEquals(simplified, SITE_HANS.convert(traditional));
    }
}
