package org.zhedition.write;

import java.util.Map;

/**
 * Where a build puts each file of the site as soon as it is finished, so that a large site is
 * never held in memory whole. Called from several threads at once; each path once.
 */
@FunctionalInterface
public interface Output {
    /** @param path relative to {@code site/}, with {@code /} between folders */
    void put(String path, byte[] bytes);

    /**
     * Keeps files of the previous site as they are, when every one of them is there with exactly
     * the given length and CRC-32C, instead of the build making them again.
     *
     * @return whether they were kept; when not, nothing was written and the build makes them
     */
    default boolean keep(Map<String, FileSum> files) {
        return false;
    }
}
