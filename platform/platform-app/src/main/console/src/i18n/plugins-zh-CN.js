// 插件目录与插件页面的中文文案，在 i18n/index.js 中合并。
export default {
  plugins: {
    title: '插件',
    lead: '插件为工作区增加功能。启用时填写设置；可随时停用——卸载之前其数据都会保留。',
    none: '您的套餐没有可用的插件。',
    id: '标识',
    vendor: '开发商',
    version: '版本',
    installed: '已安装 {version}',
    installedVersion: '已安装版本',
    latestVersion: '最新版本',
    upgradeAvailable: '可升级',
    upgrade: '升级到 {version}',
    upgradeConfirm: '要为本企业把 {name} 从 {from} 升级到 {to} 吗？其他企业不受影响。升级后即运行新版本，无法回退。',
    upgradedMessage: '{name} 现在运行 {to}。',
    requires: '所需接口版本',
    incompatible: '与当前版本的 Tradewind 不兼容',
    status: {
      enabled: '已启用',
      disabled: '已停用',
      available: '未安装',
      suspended: '因故障已暂停'
    },
    failuresNote: '连续 {count} 次调用失败，最近一次在 {at}。',
    failures: '故障记录',
    noFailures: '没有故障记录。',
    enable: '启用',
    resume: '重新启用',
    disable: '停用',
    settings: '设置',
    uninstall: '导出并卸载',
    enableTitle: '启用 {name}',
    settingsTitle: '{name} 的设置',
    noSettings: '此插件没有设置项。',
    enabledMessage: '已启用 {name}。',
    disabledMessage: '已停用 {name}。',
    uninstalledMessage: '已卸载 {name}，导出文件已下载。',
    disableConfirm: '停用 {name}？工作区内所有人将无法使用它的页面和自动化；数据会保留。',
    uninstallConfirm: '卸载 {name}？它在本工作区的设置和数据导出到文件后将被删除。',
    form: {
      required: '必填。',
      number: '请输入数字。',
      integer: '请输入整数。',
      minimum: '不能小于 {min}。',
      maximum: '不能大于 {max}。',
      minLength: '至少 {min} 个字符。',
      maxLength: '最多 {max} 个字符。',
      pattern: '格式不正确。',
      choice: '请从选项中选择。',
      choose: '请选择',
      typeAndEnter: '输入后按回车添加',
      unsupported: '此设置项无法在这里编辑。'
    }
  },
  pluginScreen: {
    menu: '插件',
    failed: '插件页面加载失败',
    missing: '此插件页面不可用：插件未在您的工作区启用，或您无权使用。'
  }
}
