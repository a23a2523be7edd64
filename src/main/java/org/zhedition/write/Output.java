package org.zhedition.write;

/**
 * Where a build puts each file of the site as soon as it is finished, so that a large site is
 * never held in memory whole. Called from several threads at once; each path once.
 */
@FunctionalInterface
public interface Output {
    /** @param path relative to {@code site/}, with {@code /} between folders */
    void put(String path, byte[] bytes);
}
