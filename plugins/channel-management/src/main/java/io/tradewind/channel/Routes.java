package io.tradewind.channel;

import io.tradewind.api.PluginContext;
import io.tradewind.api.data.CustomObjectRecord;
import io.tradewind.api.web.RestRequest;
import io.tradewind.api.web.RestResponse;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** One request's routes; see the plugin's README for the full list. */
final class Routes {

    private static final Set<String> PARTNER_TYPES = Set.of("distributor", "dealer", "agent");
    private static final Set<String> CHANNEL_KINDS = Set.of("direct", "distribution", "e-commerce", "social");
    private static final Set<String> ACTIVITY_KINDS = Set.of("training", "support", "evaluation");

    private final PluginContext context;
    private final ChannelStore store;
    private final RestRequest request;

    Routes(PluginContext context, ChannelStore store, RestRequest request) {
        this.context = context;
        this.store = store;
        this.request = request;
    }

    RestResponse dispatch(String method, String[] p, Map<String, Object> body) {
        String route = method + " " + java.util.Arrays.stream(p).map(s -> s.matches("\\d+") ? "{id}" : s)
                .collect(Collectors.joining("/"));
        return switch (route) {
            case "GET channel-types" -> ok(store.all(ChannelStore.CHANNEL_TYPE).stream().map(Routes::channelType).toList());
            case "POST channel-types" -> created(channelType(store.create(ChannelStore.CHANNEL_TYPE, channelTypeValues(body))));
            case "PUT channel-types/{id}" -> ok(channelType(store.update(ChannelStore.CHANNEL_TYPE, id(p),
                    channelTypeValues(body)).orElseThrow(() -> Problem.notFound("channel-type", p[1]))));
            case "GET criteria" -> ok(criteriaView(store.criteria()));
            case "PUT criteria" -> putCriteria(body);
            case "GET partners" -> ok(partners());
            case "POST partners" -> createPartner(body);
            case "GET partners/{id}" -> ok(partnerView(partner(p)));
            case "PATCH partners/{id}" -> ok(partnerView(save(edit(partner(p), body))));
            case "POST partners/{id}/status" -> moveStatus(partner(p), body);
            case "PUT partners/{id}/ratings" -> ok(partnerView(save(rate(partner(p), body))));
            case "GET partners/{id}/score" -> ok(scoreView(PartnerScoring.score(store.criteria(), partner(p).ratings())));
            case "GET partners/{id}/performance" -> ok(performance(partner(p)));
            case "POST partners/{id}/activities" -> addActivity(partner(p), body);
            case "GET territories" -> ok(territories());
            case "POST routing/preview" -> ok(preview(body));
            case "GET registrations" -> ok(store.registrations().stream().map(Routes::registrationView).toList());
            case "POST registrations" -> register(body);
            case "GET registrations/{id}" -> ok(registrationView(registration(p)));
            case "POST registrations/{id}/won" -> close(registration(p), Registration.Status.WON, body);
            case "POST registrations/{id}/lost" -> close(registration(p), Registration.Status.LOST, body);
            case "GET conflicts" -> ok(conflicts());
            case "POST conflicts/{id}/resolve" -> resolve(id(p), body);
            default -> throw Problem.notFound("route", method + " /" + String.join("/", p));
        };
    }

    // ---- channel types

    private static Map<String, Object> channelTypeValues(Map<String, Object> body) {
        String code = required(body, "code");
        String kind = required(body, "kind");
        if (!CHANNEL_KINDS.contains(kind)) {
            throw Problem.invalid("kind must be one of " + CHANNEL_KINDS);
        }
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("code", code);
        v.put("name", required(body, "name"));
        v.put("kind", kind);
        v.put("terms", Json.write(Values.object(body.get("terms"))));
        return v;
    }

    private static Map<String, Object> channelType(CustomObjectRecord r) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", String.valueOf(r.id()));
        view.put("code", r.values().get("code"));
        view.put("name", r.values().get("name"));
        view.put("kind", r.values().get("kind"));
        view.put("terms", Values.object(r.values().get("terms")));
        return view;
    }

    // ---- criteria and scores

    private RestResponse putCriteria(Map<String, Object> body) {
        List<Criterion> criteria = new ArrayList<>();
        for (Map<String, Object> c : Values.objects(body.get("criteria"))) {
            BigDecimal weight = Values.decimal(c.get("weight"));
            if (weight == null) {
                throw Problem.invalid("every criterion needs a weight");
            }
            criteria.add(new Criterion(required(c, "code"), required(c, "name"), weight.intValueExact()));
        }
        if (criteria.stream().map(Criterion::code).distinct().count() != criteria.size()) {
            throw Problem.invalid("criterion codes must be unique");
        }
        store.replaceCriteria(criteria);
        return ok(criteriaView(criteria));
    }

    private static Map<String, Object> criteriaView(List<Criterion> criteria) {
        return Map.of("criteria", criteria.stream().map(c -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", c.code());
            m.put("name", c.name());
            m.put("weight", c.weight());
            return m;
        }).toList());
    }

    private Map<String, Object> scoreView(PartnerScoring.Score score) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("score", score.score());
        view.put("lines", score.lines().stream().map(l -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("criterion", l.criterion());
            m.put("name", l.name());
            m.put("weight", l.weight());
            m.put("rating", l.rating());
            m.put("points", l.points());
            return m;
        }).toList());
        view.put("missing", score.missing());
        view.put("explanation", score.lines().stream()
                .map(l -> context.messages().get("score.line", context.locale(), l.name(), l.rating(),
                        PartnerScoring.MAX_RATING, l.weight(), l.points().toPlainString()))
                .collect(Collectors.joining("; ")));
        return view;
    }

    // ---- partners

    private List<Map<String, Object>> partners() {
        String status = request.param("status").orElse(null);
        return store.partners().stream()
                .filter(p -> status == null || p.status().code().equals(status))
                .map(this::partnerView).toList();
    }

    private RestResponse createPartner(Map<String, Object> body) {
        Partner draft = new Partner(0, required(body, "name"), partnerType(required(body, "type")),
                Values.text(body, "tier"), OnboardingStatus.CANDIDATE, Values.strings(body.get("regions")),
                Values.strings(body.get("productLines")), Values.id(body.get("ownerUserId")),
                Values.id(body.get("departmentId")), Values.objects(body.get("contacts")),
                ChannelStore.agreement(Values.object(body.get("agreement"))), ratings(body.get("ratings")));
        Partner created = ChannelStore.partner(store.create(ChannelStore.PARTNER, ChannelStore.partnerValues(draft)));
        context.events().publish("channel.partner.created", "channel-partner", created.id(),
                Map.of("partnerId", created.id(), "name", created.name(), "type", created.type()));
        return created(partnerView(created));
    }

    private Partner edit(Partner p, Map<String, Object> body) {
        return new Partner(p.id(), body.containsKey("name") ? required(body, "name") : p.name(),
                body.containsKey("type") ? partnerType(required(body, "type")) : p.type(),
                body.containsKey("tier") ? Values.text(body, "tier") : p.tier(), p.status(),
                body.containsKey("regions") ? Values.strings(body.get("regions")) : p.regions(),
                body.containsKey("productLines") ? Values.strings(body.get("productLines")) : p.productLines(),
                body.containsKey("ownerUserId") ? Values.id(body.get("ownerUserId")) : p.ownerUserId(),
                body.containsKey("departmentId") ? Values.id(body.get("departmentId")) : p.departmentId(),
                body.containsKey("contacts") ? Values.objects(body.get("contacts")) : p.contacts(),
                body.containsKey("agreement") ? ChannelStore.agreement(Values.object(body.get("agreement"))) : p.agreement(),
                p.ratings());
    }

    private Partner rate(Partner p, Map<String, Object> body) {
        Map<String, Integer> ratings = ratings(body);
        Set<String> known = store.criteria().stream().map(Criterion::code).collect(Collectors.toSet());
        for (String code : ratings.keySet()) {
            if (!known.contains(code)) {
                throw Problem.invalid("unknown criterion " + code);
            }
        }
        return new Partner(p.id(), p.name(), p.type(), p.tier(), p.status(), p.regions(), p.productLines(),
                p.ownerUserId(), p.departmentId(), p.contacts(), p.agreement(), ratings);
    }

    private static Map<String, Integer> ratings(Object value) {
        Map<String, Integer> ratings = new TreeMap<>();
        Values.object(value).forEach((k, v) -> {
            int rating = Values.decimal(v).intValueExact();
            if (rating < 0 || rating > PartnerScoring.MAX_RATING) {
                throw Problem.invalid("a rating is between 0 and " + PartnerScoring.MAX_RATING);
            }
            ratings.put(k, rating);
        });
        return ratings;
    }

    private RestResponse moveStatus(Partner p, Map<String, Object> body) {
        OnboardingStatus target;
        try {
            target = OnboardingStatus.of(required(body, "status"));
        } catch (IllegalArgumentException e) {
            throw Problem.invalid("status must be one of candidate, evaluation, agreement, active, suspended, terminated");
        }
        if (!p.status().canMoveTo(target)) {
            throw Problem.conflict("status-move", p.status().code(), target.code());
        }
        Partner moved = save(new Partner(p.id(), p.name(), p.type(), p.tier(), target, p.regions(), p.productLines(),
                p.ownerUserId(), p.departmentId(), p.contacts(), p.agreement(), p.ratings()));
        context.events().publish("channel.partner.status-changed", "channel-partner", p.id(),
                Map.of("partnerId", p.id(), "from", p.status().code(), "to", target.code()));
        return ok(partnerView(moved));
    }

    private Partner save(Partner p) {
        return ChannelStore.partner(store.update(ChannelStore.PARTNER, p.id(), ChannelStore.partnerValues(p))
                .orElseThrow(() -> Problem.notFound("partner", p.id())));
    }

    private Partner partner(String[] p) {
        return store.partner(id(p)).orElseThrow(() -> Problem.notFound("partner", p[1]));
    }

    private String partnerType(String type) {
        boolean tenantType = store.all(ChannelStore.CHANNEL_TYPE).stream()
                .anyMatch(r -> type.equals(r.values().get("code")));
        if (!PARTNER_TYPES.contains(type) && !tenantType) {
            throw Problem.invalid("type must be distributor, dealer, agent or one of the tenant's channel types");
        }
        return type;
    }

    private Map<String, Object> partnerView(Partner p) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", String.valueOf(p.id()));
        view.put("name", p.name());
        view.put("type", p.type());
        view.put("tier", p.tier());
        view.put("status", p.status().code());
        view.put("nextStatuses", p.status().next().stream().map(OnboardingStatus::code).sorted().toList());
        view.put("regions", p.regions());
        view.put("productLines", p.productLines());
        view.put("ownerUserId", p.ownerUserId() == null ? null : String.valueOf(p.ownerUserId()));
        view.put("departmentId", p.departmentId() == null ? null : String.valueOf(p.departmentId()));
        view.put("contacts", p.contacts());
        view.put("agreement", ChannelStore.agreementJson(p.agreement()));
        view.put("ratings", p.ratings());
        return view;
    }

    // ---- performance

    private Map<String, Object> performance(Partner p) {
        Performance.Summary s = Performance.of(p, store.registrations());
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("partnerId", String.valueOf(p.id()));
        view.put("sales", s.sales());
        view.put("target", s.target());
        view.put("attainmentPercent", s.attainmentPercent());
        view.put("wonDeals", s.wonDeals());
        view.put("incentivesEarned", s.incentivesEarned());
        view.put("evaluation", scoreView(PartnerScoring.score(store.criteria(), p.ratings())));
        view.put("activities", store.all(ChannelStore.ACTIVITY).stream()
                .filter(r -> Long.valueOf(p.id()).equals(Values.id(r.values().get("partner_id"))))
                .map(Routes::activityView).toList());
        return view;
    }

    private RestResponse addActivity(Partner p, Map<String, Object> body) {
        String kind = required(body, "kind");
        if (!ACTIVITY_KINDS.contains(kind)) {
            throw Problem.invalid("kind must be one of " + ACTIVITY_KINDS);
        }
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("partner_id", p.id());
        v.put("kind", kind);
        v.put("subject", required(body, "subject"));
        v.put("occurred_on", Values.text(body, "occurredOn"));
        v.put("score", Values.decimal(body.get("score")));
        v.put("note", Values.text(body, "note"));
        return created(activityView(store.create(ChannelStore.ACTIVITY, v)));
    }

    private static Map<String, Object> activityView(CustomObjectRecord r) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", String.valueOf(r.id()));
        view.put("kind", r.values().get("kind"));
        view.put("subject", r.values().get("subject"));
        view.put("occurredOn", r.values().get("occurred_on"));
        view.put("score", r.values().get("score"));
        view.put("note", r.values().get("note"));
        return view;
    }

    // ---- territories and routing

    private List<Map<String, Object>> territories() {
        RoutingRules rules = ChannelSettings.rules(context.settings());
        Map<String, Map<String, Object>> rows = new TreeMap<>();
        for (Partner p : store.partners()) {
            if (p.status() == OnboardingStatus.TERMINATED) {
                continue;
            }
            for (String region : p.regions()) {
                for (String line : p.productLines().isEmpty() ? List.of("") : p.productLines()) {
                    Map<String, Object> row = rows.computeIfAbsent(region + "\u0000" + line, k -> {
                        Map<String, Object> m = new LinkedHashMap<>();
                        m.put("region", region);
                        m.put("productLine", line.isEmpty() ? null : line);
                        m.put("direct", rules.reservesRegion(region) || rules.reservesProductLine(line));
                        m.put("partners", new ArrayList<Map<String, Object>>());
                        return m;
                    });
                    @SuppressWarnings("unchecked")
                    List<Map<String, Object>> list = (List<Map<String, Object>>) row.get("partners");
                    list.add(Map.of("id", String.valueOf(p.id()), "name", p.name(), "status", p.status().code(),
                            "exclusive", p.agreement().exclusive()));
                }
            }
        }
        return List.copyOf(rows.values());
    }

    private Map<String, Object> preview(Map<String, Object> body) {
        Map<String, Object> view = new LinkedHashMap<>();
        TerritoryRouting.route(store.partners(), ChannelSettings.rules(context.settings()),
                Values.text(body, "region"), Values.text(body, "productLine")).ifPresentOrElse(d -> {
                    view.put("target", d.target().name().toLowerCase(java.util.Locale.ROOT));
                    view.put("partnerId", d.partner() == null ? null : String.valueOf(d.partner().id()));
                    view.put("ownerUserId", d.ownerUserId() == null ? null : String.valueOf(d.ownerUserId()));
                    view.put("departmentId", d.departmentId() == null ? null : String.valueOf(d.departmentId()));
                    view.put("reason", d.reason());
                }, () -> view.put("target", "core"));
        return view;
    }

    // ---- deal registration and conflicts

    private RestResponse register(Map<String, Object> body) {
        Long partnerId = Values.id(body.get("partnerId"));
        Map<Long, Partner> partners = store.partners().stream()
                .collect(Collectors.toMap(Partner::id, Function.identity()));
        if (partnerId != null) {
            Partner partner = partners.get(partnerId);
            if (partner == null) {
                throw Problem.notFound("partner", partnerId);
            }
            if (partner.status() != OnboardingStatus.ACTIVE) {
                throw Problem.conflict("partner-not-active", partner.status().code());
            }
        }
        Registration draft = new Registration(0, partnerId, required(body, "customer"), required(body, "region"),
                required(body, "productLine"), Values.decimal(body.get("price")), Values.decimal(body.get("listPrice")),
                null, Registration.Status.REGISTERED, context.now().toString());
        List<Registration> existing = store.registrations();
        Registration saved = ChannelStore.registration(
                store.create(ChannelStore.REGISTRATION, ChannelStore.registrationValues(draft)));
        List<ConflictRules.Finding> findings = ConflictRules.detect(saved, partners, existing,
                ChannelSettings.priceTolerance(context.settings()));
        boolean byRule = ChannelSettings.FIRST_REGISTERED.equals(ChannelSettings.conflictRule(context.settings()))
                && findings.stream().anyMatch(f -> f.otherRegistrationId() != null);
        Registration.Status status = findings.isEmpty() ? Registration.Status.APPROVED
                : byRule ? Registration.Status.REJECTED : Registration.Status.REGISTERED;
        saved = withStatus(saved, status, null);
        List<Map<String, Object>> conflicts = new ArrayList<>();
        for (ConflictRules.Finding f : findings) {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("registration_id", saved.id());
            v.put("kind", f.kind().code());
            v.put("other_registration_id", f.otherRegistrationId());
            v.put("other_partner_id", f.otherPartnerId());
            v.put("with_direct", f.withDirect());
            v.put("detail", f.detail());
            v.put("status", byRule ? "resolved" : "open");
            v.put("resolution", byRule ? "rule:first-registered" : null);
            CustomObjectRecord conflict = store.create(ChannelStore.CONFLICT, v);
            conflicts.add(conflictView(conflict, saved));
            context.events().publish("channel.conflict.detected", "channel-conflict", conflict.id(),
                    Map.of("registrationId", saved.id(), "kind", f.kind().code(), "byRule", byRule));
        }
        Map<String, Object> view = registrationView(saved);
        view.put("conflicts", conflicts);
        return created(view);
    }

    private Registration withStatus(Registration r, Registration.Status status, BigDecimal amount) {
        Registration next = new Registration(r.id(), r.partnerId(), r.customer(), r.region(), r.productLine(),
                r.price(), r.listPrice(), amount == null ? r.amount() : amount, status, r.registeredAt());
        store.update(ChannelStore.REGISTRATION, r.id(), ChannelStore.registrationValues(next));
        return next;
    }

    private RestResponse close(Registration r, Registration.Status status, Map<String, Object> body) {
        if (!r.open()) {
            throw Problem.conflict("registration-closed", r.status().code());
        }
        if (r.status() != Registration.Status.APPROVED) {
            throw Problem.conflict("registration-not-approved", r.status().code());
        }
        BigDecimal amount = status == Registration.Status.WON ? Values.decimal(body.get("amount")) : null;
        if (status == Registration.Status.WON && (amount == null || amount.signum() <= 0)) {
            throw Problem.invalid("a won deal needs a positive amount");
        }
        Registration closed = withStatus(r, status, amount);
        if (status == Registration.Status.WON && r.partnerId() != null) {
            Partner partner = store.partner(r.partnerId()).orElseThrow(() -> Problem.notFound("partner", r.partnerId()));
            BigDecimal rebate = Performance.rebate(partner.agreement(), amount);
            Performance.Summary summary = Performance.of(partner, store.registrations());
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("partnerId", partner.id());
            payload.put("registrationId", r.id());
            payload.put("amount", amount.toPlainString());
            payload.put("rebatePercent", partner.agreement().rebatePercent().toPlainString());
            payload.put("incentive", rebate.toPlainString());
            payload.put("salesToDate", summary.sales().toPlainString());
            payload.put("target", summary.target().toPlainString());
            context.events().publish("channel.incentive.earned", "channel-partner", partner.id(), payload);
        }
        return ok(registrationView(closed));
    }

    private Registration registration(String[] p) {
        return store.registration(id(p)).orElseThrow(() -> Problem.notFound("registration", p[1]));
    }

    private static Map<String, Object> registrationView(Registration r) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", String.valueOf(r.id()));
        view.put("partnerId", r.partnerId() == null ? null : String.valueOf(r.partnerId()));
        view.put("customer", r.customer());
        view.put("region", r.region());
        view.put("productLine", r.productLine());
        view.put("price", r.price());
        view.put("listPrice", r.listPrice());
        view.put("amount", r.amount());
        view.put("status", r.status().code());
        view.put("registeredAt", r.registeredAt());
        return view;
    }

    private List<Map<String, Object>> conflicts() {
        String status = request.param("status").orElse(null);
        Map<Long, Registration> registrations = store.registrations().stream()
                .collect(Collectors.toMap(Registration::id, Function.identity()));
        return store.all(ChannelStore.CONFLICT).stream()
                .filter(c -> status == null || status.equals(c.values().get("status")))
                .map(c -> conflictView(c, registrations.get(Values.id(c.values().get("registration_id")))))
                .toList();
    }

    private Map<String, Object> conflictView(CustomObjectRecord c, Registration registration) {
        Map<String, Object> v = c.values();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", String.valueOf(c.id()));
        view.put("kind", v.get("kind"));
        view.put("kindLabel", context.messages().get("conflict.kind." + v.get("kind"), context.locale()));
        view.put("status", v.get("status"));
        view.put("registrationId", String.valueOf(Values.id(v.get("registration_id"))));
        view.put("registration", registration == null ? null : registrationView(registration));
        Long otherRegistration = Values.id(v.get("other_registration_id"));
        Long otherPartner = Values.id(v.get("other_partner_id"));
        view.put("otherRegistrationId", otherRegistration == null ? null : String.valueOf(otherRegistration));
        view.put("otherPartnerId", otherPartner == null ? null : String.valueOf(otherPartner));
        view.put("withDirectSales", Values.flag(v.get("with_direct")));
        view.put("detail", v.get("detail"));
        view.put("resolution", v.get("resolution"));
        view.put("note", v.get("note"));
        return view;
    }

    private RestResponse resolve(long conflictId, Map<String, Object> body) {
        CustomObjectRecord conflict = store.find(ChannelStore.CONFLICT, conflictId)
                .orElseThrow(() -> Problem.notFound("conflict", conflictId));
        if (!"open".equals(conflict.values().get("status"))) {
            throw Problem.conflict("conflict-resolved");
        }
        String decision = required(body, "decision");
        if (!decision.equals("approve") && !decision.equals("reject")) {
            throw Problem.invalid("decision must be approve or reject");
        }
        long registrationId = Values.id(conflict.values().get("registration_id"));
        Registration registration = store.registration(registrationId)
                .orElseThrow(() -> Problem.notFound("registration", registrationId));
        List<CustomObjectRecord> open = store.all(ChannelStore.CONFLICT).stream()
                .filter(c -> Long.valueOf(registrationId).equals(Values.id(c.values().get("registration_id"))))
                .filter(c -> "open".equals(c.values().get("status"))).toList();
        // Rejecting the registration settles all its conflicts; approving settles this one only.
        List<CustomObjectRecord> settled = decision.equals("reject") ? open : List.of(conflict);
        for (CustomObjectRecord c : settled) {
            Map<String, Object> v = new LinkedHashMap<>(c.values());
            v.put("status", "resolved");
            v.put("resolution", "manager:" + decision);
            v.put("resolved_by", request.caller().userId());
            v.put("note", Values.text(body, "note"));
            store.update(ChannelStore.CONFLICT, c.id(), v);
        }
        if (registration.open()) {
            if (decision.equals("reject")) {
                registration = withStatus(registration, Registration.Status.REJECTED, null);
            } else if (open.size() == settled.size()) {
                registration = withStatus(registration, Registration.Status.APPROVED, null);
            }
        }
        context.events().publish("channel.conflict.resolved", "channel-conflict", conflictId,
                Map.of("registrationId", registrationId, "decision", decision));
        Map<String, Object> view = conflictView(store.find(ChannelStore.CONFLICT, conflictId).orElseThrow(), registration);
        return ok(view);
    }

    // ---- helpers

    private static long id(String[] p) {
        try {
            return Long.parseLong(p[1]);
        } catch (NumberFormatException e) {
            throw Problem.notFound("id", p[1]);
        }
    }

    private static String required(Map<String, Object> body, String name) {
        String value = Values.text(body, name);
        if (value == null || value.isBlank()) {
            throw Problem.invalid(name + " is required");
        }
        return value.trim();
    }

    private static RestResponse ok(Object view) {
        return RestResponse.ok(Json.write(view));
    }

    private static RestResponse created(Object view) {
        return RestResponse.created(Json.write(view));
    }
}
