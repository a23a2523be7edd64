package org.zhedition.input;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** The one place that asks the Java runtime for SHA-256 (cache keys, the service worker's version, CSP hashes). */
public final class Sha256 {
    private Sha256() {
    }

    /** A new SHA-256 digest. */
    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
