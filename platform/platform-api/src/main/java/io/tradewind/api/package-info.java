/**
 * The Tradewind plugin SPI.
 *
 * <p>Plugins compile against this artifact and nothing else from the host (mark it, {@code pf4j}
 * and any Jakarta API {@code provided}). It holds extension points (interfaces extending
 * {@link org.pf4j.ExtensionPoint}, implemented by a plugin class annotated
 * {@link org.pf4j.Extension}), immutable value types (records) and the services the host lends a
 * plugin through {@link io.tradewind.api.PluginContext}, which every extension call receives.
 *
 * <p>A plugin package is a PF4J jar whose manifest names {@code Plugin-Id}, {@code Plugin-Version},
 * {@code Plugin-Provider} and {@code Plugin-Requires}: the range of this API's versions the
 * plugin works with, such as {@code >=1.0.0 & <2.0.0}. The API follows semantic versioning:
 * {@link io.tradewind.api.ApiVersion#CURRENT} is checked against that range before the plugin
 * starts, and a build check refuses a breaking change without a new major version.
 *
 * <p>Extension points: {@link io.tradewind.api.event.PipelineListener},
 * {@link io.tradewind.api.lead.LeadRouter}, {@link io.tradewind.api.lead.LeadScorer},
 * {@link io.tradewind.api.customer.CustomerGrader}, {@link io.tradewind.api.playbook.Playbook},
 * {@link io.tradewind.api.incentive.IncentiveScheme}, {@link io.tradewind.api.report.ReportProvider},
 * {@link io.tradewind.api.web.RestContribution}, {@link io.tradewind.api.web.UiContribution},
 * {@link io.tradewind.api.settings.SettingsSchema} and {@link io.tradewind.api.data.DataModel}.
 */
package io.tradewind.api;
