package io.tradewind.marketplace;

import io.tradewind.persistence.Clock;
import io.tradewind.persistence.Ids;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import java.time.Instant;

/** A public key a vendor signs its packages with (X.509 SubjectPublicKeyInfo, base64). */
@Entity
@Table(name = "marketplace_vendor_key")
public class VendorKey {

    @Id
    private long id;
    private long vendorId;
    private String algorithm;
    private String publicKey;
    private String fingerprint;
    private Instant createdAt;

    protected VendorKey() {
    }

    VendorKey(long vendorId, String algorithm, String publicKey, String fingerprint) {
        this.id = Ids.next();
        this.vendorId = vendorId;
        this.algorithm = algorithm;
        this.publicKey = publicKey;
        this.fingerprint = fingerprint;
    }

    @PrePersist
    void beforeInsert() {
        createdAt = Clock.now();
    }

    public long getId() {
        return id;
    }

    public long getVendorId() {
        return vendorId;
    }

    public String getAlgorithm() {
        return algorithm;
    }

    public String getPublicKey() {
        return publicKey;
    }

    public String getFingerprint() {
        return fingerprint;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
