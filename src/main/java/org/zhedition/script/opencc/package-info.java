/**
 * OpenCC's conversion, with OpenCC's current dictionaries, inside OpenCC4j.
 *
 * <p>The data ({@code src/main/resources/org/zhedition/script/opencc/}: OpenCC's text dictionaries
 * and JSON configurations, Apache-2.0, with LICENSE and NOTICE) comes from an OpenCC release and is
 * refreshed with {@code tools/opencc-data/refresh.sh VERSION}. {@link
 * org.zhedition.script.opencc.OpenccData#converter(String)} compiles a configuration such as
 * {@code hk2s} into a converter with OpenCC's semantics:
 *
 * <ol>
 * <li>normalization (CJK compatibility ideographs), over the whole text;</li>
 * <li>segmentation ({@code mmseg}: maximum forward matching over one dictionary; every key found
 * is a segment, the text between keys another);</li>
 * <li>the conversion chain, stage after stage over each segment; a stage is maximum forward
 * matching over a dictionary group (longest key at a position, replaced by its first value,
 * then on after it), the group choosing among its dictionaries by OpenCC's
 * {@code short_circuit} or {@code union} policy.</li>
 * </ol>
 *
 * <p>OpenCC4j 1.14.0 is the library underneath: a configuration runs as a
 * {@code ZhConvertBootstrap} with this package's segmenter ({@code Segment}: normalization and
 * segmentation), unit converter ({@code UnitConvert}: the chain) and data map ({@code IDataMap}:
 * the current TS/ST tables, which also answer OpenCC4j's per-character questions). OpenCC4j's own
 * segmenters are not used: its {@code DataMapFastForwardSegment} keeps one static trie for
 * whichever data map reaches it first, and its unit converter cannot chain stages, match inside a
 * segment or print characters outside the Basic Multilingual Plane.
 *
 * <p>OpenCC's test suite ({@code OpenccConformanceTest}) passes in full for every configuration;
 * the article ×1,000 converts byte for byte as OpenCC 1.4.1's C++ build does.
 */
package org.zhedition.script.opencc;
