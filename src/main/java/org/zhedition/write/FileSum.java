package org.zhedition.write;

import java.util.zip.CRC32C;

/**
 * What a build keeps of a file it has written: its length and CRC-32C. Enough to version the
 * service worker's store and to recognise a file of the previous site that can be kept, without
 * holding the file (CRC-32C runs in the processor's own instructions).
 */
public record FileSum(long length, long crc) {
    public static FileSum of(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        return new FileSum(bytes.length, crc.getValue());
    }
}
