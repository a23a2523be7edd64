package org.zhedition.write;

import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * An {@link Output} that keeps the length and CRC-32C of every file that goes through it (written
 * or kept from the previous site): the service worker lists and versions every other file.
 */
public final class SummedOutput implements Output {
    private final Output out;
    private final SortedMap<String, FileSum> sums = new ConcurrentSkipListMap<>();

    public SummedOutput(Output out) {
        this.out = out;
    }

    @Override
    public void put(String path, byte[] bytes) {
        sums.put(path, FileSum.of(bytes));
        out.put(path, bytes);
    }

    @Override
    public boolean keep(Map<String, FileSum> files) {
        if (!out.keep(files)) {
            return false;
        }
        sums.putAll(files);
        return true;
    }

    /** Every file so far, by path. */
    public SortedMap<String, FileSum> sums() {
        return sums;
    }
}
