// English messages of the plugin catalog and the plugin screens, merged in i18n/index.js.
export default {
  plugins: {
    title: 'Plugins',
    lead: 'Plugins add capabilities to your workspace. Enable one with its settings; disable it at any time — its data is kept until you uninstall it.',
    none: 'No plugins are available for your plan.',
    id: 'Id',
    vendor: 'Vendor',
    version: 'Version',
    installed: '{version} installed',
    installedVersion: 'Installed version',
    latestVersion: 'Newest version',
    upgradeAvailable: 'Upgrade available',
    upgrade: 'Upgrade to {version}',
    upgradeConfirm: 'Upgrade {name} from {from} to {to} for your workspace? Other workspaces are not affected. Its new version runs from now on and cannot be undone.',
    upgradedMessage: '{name} now runs {to}.',
    requires: 'Requires API',
    incompatible: 'Incompatible with this version of Tradewind',
    status: {
      enabled: 'Enabled',
      disabled: 'Disabled',
      available: 'Not installed',
      suspended: 'Suspended after failures'
    },
    failuresNote: '{count} failed calls in a row, the last at {at}.',
    failures: 'Recorded failures',
    noFailures: 'No failures recorded.',
    enable: 'Enable',
    resume: 'Enable again',
    disable: 'Disable',
    settings: 'Settings',
    uninstall: 'Export and uninstall',
    enableTitle: 'Enable {name}',
    settingsTitle: 'Settings of {name}',
    noSettings: 'This plugin has no settings.',
    enabledMessage: '{name} is enabled.',
    disabledMessage: '{name} is disabled.',
    uninstalledMessage: '{name} is uninstalled; its export was downloaded.',
    disableConfirm: 'Disable {name}? Its screens and automations stop for everyone in the workspace; its data is kept.',
    uninstallConfirm: 'Uninstall {name}? Its settings and data in this workspace are removed after they are exported to a file.',
    form: {
      required: 'Required.',
      number: 'Enter a number.',
      integer: 'Enter a whole number.',
      minimum: 'At least {min}.',
      maximum: 'At most {max}.',
      minLength: 'At least {min} characters.',
      maxLength: 'At most {max} characters.',
      pattern: 'The format is not valid.',
      choice: 'Choose one of the options.',
      choose: 'Choose',
      typeAndEnter: 'Type a value and press Enter',
      unsupported: 'This setting cannot be edited here.'
    }
  },
  pluginScreen: {
    menu: 'Plugins',
    failed: 'The plugin screen failed to load',
    missing: 'This plugin screen is not available: the plugin is not enabled for your workspace or you may not use it.'
  }
}
