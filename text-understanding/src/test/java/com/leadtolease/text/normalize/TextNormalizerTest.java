package com.leadtolease.text.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextNormalizerTest {

    private final TextNormalizer normalizer = new TextNormalizer();

    @Test
    void trimsAndCollapsesSpacesAndTabs() {
        assertThat(normalizer.normalize("  Hi \t\t there   friend  ")).isEqualTo("Hi there friend");
    }

    @Test
    void foldsFullwidthCharactersToAscii() {
        assertThat(normalizer.normalize("ＡＢＣ　１２３！")).isEqualTo("ABC 123!");
    }

    @Test
    void unifiesNewlinesAndTrimsSpacesAroundThem() {
        assertThat(normalizer.normalize("one\r\ntwo\rthree \n four\u2028five")).isEqualTo("one\ntwo\nthree\nfour\nfive");
    }

    @Test
    void straightensQuotesAndDashes() {
        assertThat(normalizer.normalize("\u201CI\u2019m in\u201D \u2018ok\u2019 \u2013 2\u20143 \u2212 x"))
                .isEqualTo("\"I'm in\" 'ok' - 2-3 - x");
    }

    @Test
    void expandsEllipsisAndNonBreakingSpaces() {
        assertThat(normalizer.normalize("Well\u2026\u00A0maybe\u202Fso")).isEqualTo("Well... maybe so");
    }

    @Test
    void removesInvisibleAndControlCharacters() {
        assertThat(normalizer.normalize("\uFEFFhel\u200Blo\u0007 there")).isEqualTo("hello there");
    }

    @Test
    void nullBecomesEmpty() {
        assertThat(normalizer.normalize(null)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Is it available?|Is it available?|true",
        "  is it   AVAILABLE?|Is it available?|true",
        "Is it available?|Is it still available?|false",
        "''|''|false",
    })
    void detectsConsecutiveDuplicates(String text, String previous, boolean duplicate) {
        assertThat(normalizer.isDuplicateOf(text, previous)).isEqualTo(duplicate);
    }

    @Test
    void nothingDuplicatesAMissingPreviousMessage() {
        assertThat(normalizer.isDuplicateOf("hello", null)).isFalse();
    }
}
