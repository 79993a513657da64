package io.tradewind.marketplace;

import io.tradewind.access.Caller;
import io.tradewind.audit.AuditLog;
import io.tradewind.persistence.Db;
import io.tradewind.persistence.Ids;
import io.tradewind.persistence.Jpql;
import io.tradewind.plugin.PluginHost;
import io.tradewind.web.Page;
import io.tradewind.web.PageRequest;
import io.tradewind.web.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/** Uploads by vendors and reviews by platform operators. Publication is {@link MarketplaceSync}'s job. */
@ApplicationScoped
public class MarketplaceService {

    @Inject
    Db db;

    @Inject
    VendorService vendors;

    @Inject
    Binaries binaries;

    @Inject
    PluginHost host;

    @Inject
    AuditLog audit;

    /**
     * Accepts a received package (already streamed to a file and digested, see {@link Upload}) when
     * its signature verifies against one of the vendor's keys, it is a plugin this host can run, its
     * id is the vendor's (or free) and its version is newer than every earlier upload of that id.
     */
    @Transactional
    public VersionView upload(Caller caller, Upload upload, String signature, String keyId) {
        Vendor vendor = vendors.of(caller);
        VendorKey key = signingKey(vendor, upload.sha256(), signature, keyId);
        PackageInfo info = PackageInspector.inspect(upload.file());
        PluginClaim claim = db.em().find(PluginClaim.class, info.id());
        if (claim == null) {
            if (host.find(info.id()).isPresent()) {
                throw Problems.conflict("problem.conflict.marketplace-id-taken", info.id()); // a first-party plugin
            }
            db.em().persist(new PluginClaim(info.id(), vendor.getId()));
        } else if (claim.getVendorId() != vendor.getId()) {
            throw Problems.conflict("problem.conflict.marketplace-id-taken", info.id());
        }
        List<String> earlier = db.em().createQuery(
                        "SELECT v.pluginVersion FROM MarketplaceVersion v WHERE v.pluginId = :plugin", String.class)
                .setParameter("plugin", info.id()).getResultList();
        for (String version : earlier) {
            if (PackageInspector.compare(info.version(), version) <= 0) {
                throw Problems.conflict("problem.conflict.marketplace-version-not-newer", info.version(), info.id(), version);
            }
        }
        MarketplaceVersion version = new MarketplaceVersion(info, vendor.getId(), HexFormat.of().formatHex(upload.sha256()),
                upload.size(), key.getId());
        db.em().persist(version);
        db.em().flush(); // the claim and the version row are checked by the database before the package is written
        binaries.store(version.getId(), upload.file());
        VersionView view = VersionView.of(version, vendor.getName());
        audit.record("marketplace.version-uploaded", "marketplace-version", version.getId(), null, view);
        return view;
    }

    private VendorKey signingKey(Vendor vendor, byte[] digest, String signature, String keyId) {
        if (signature == null || signature.isBlank()) {
            throw Problems.invalid("signature", "validation.required");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(signature.strip());
        } catch (IllegalArgumentException e) {
            throw Problems.invalid("signature", "validation.marketplace.signature-unreadable");
        }
        List<VendorKey> keys = vendors.keys(vendor.getId());
        if (keyId != null && !keyId.isBlank()) {
            long id = Ids.parse(keyId).orElseThrow(() -> Problems.invalid("keyId", "validation.marketplace.key-unknown"));
            keys = keys.stream().filter(k -> k.getId() == id).toList();
            if (keys.isEmpty()) {
                throw Problems.invalid("keyId", "validation.marketplace.key-unknown");
            }
        }
        if (keys.isEmpty()) {
            throw Problems.conflict("problem.conflict.marketplace-no-key");
        }
        for (VendorKey key : keys) {
            if (SigningKeys.verifies(SigningKeys.decode(key.getAlgorithm(), key.getPublicKey()), digest, bytes)) {
                return key;
            }
        }
        throw Problems.invalid("signature", "validation.marketplace.signature-mismatch");
    }

    /** The caller's (a vendor's) uploads, newest first, with their review state. */
    @Transactional
    public Page<VersionView> vendorVersions(Caller caller, PageRequest page) {
        Vendor vendor = vendors.of(caller);
        return Jpql.from(db.em(), MarketplaceVersion.class, "v").where("v.vendorId = :vendor", "vendor", vendor.getId())
                .page(page, " ORDER BY v.uploadedAt DESC, v.id DESC").map(v -> VersionView.of(v, vendor.getName()));
    }

    /** Versions for operators: pending ones oldest first (the review queue), others newest first. */
    @Transactional
    public Page<VersionView> versions(PageRequest page, MarketplaceVersion.Status status) {
        String order = status == MarketplaceVersion.Status.PENDING ? " ORDER BY v.uploadedAt, v.id" : " ORDER BY v.uploadedAt DESC, v.id DESC";
        return Jpql.from(db.em(), MarketplaceVersion.class, "v").where("v.status = :status", "status", status)
                .page(page, order).map(v -> VersionView.of(v, vendors.name(v.getVendorId())));
    }

    @Transactional
    public VersionView version(long id) {
        MarketplaceVersion version = db.require(MarketplaceVersion.class, id);
        return VersionView.of(version, vendors.name(version.getVendorId()));
    }

    /** Approves or rejects a pending version; a rejection needs a reason. */
    @Transactional
    public VersionView review(long id, MarketplaceVersion.Status decision, String reason, AuditLog.Actor operator) {
        MarketplaceVersion version = db.require(MarketplaceVersion.class, id);
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (decision == MarketplaceVersion.Status.REJECTED && why == null) {
            throw Problems.invalid("reason", "validation.required");
        }
        if (version.getStatus() != MarketplaceVersion.Status.PENDING) {
            throw Problems.conflict("problem.conflict.marketplace-reviewed", version.getPluginId(),
                    version.getPluginVersion());
        }
        VersionView before = VersionView.of(version, vendors.name(version.getVendorId()));
        version.review(decision, why, operator.id());
        db.em().flush();
        VersionView after = VersionView.of(version, before.vendorName());
        audit.record(operator, decision == MarketplaceVersion.Status.APPROVED ? "marketplace.version-approved"
                : "marketplace.version-rejected", "marketplace-version", version.getId(), before, after);
        return after;
    }
}
