// 销售列表的筛选与导出、记录的编辑表单、租户时区（ADR 0812）。
export default {
  lists: {
    contacts: '联系人',
    searchContacts: '姓名、电话或邮箱',
    noContacts: '没有符合条件的联系人',
    created: '创建日期',
    from: '起',
    to: '止',
    export: '导出',
    exportXlsx: 'Excel（XLSX）',
    tags: '标签',
    tag: '标签',
    tagsHint: '输入标签后按回车添加',
    filter: { mine: '只看我的', tagHint: '带此标签的记录（回车筛选）' },
    exportCsv: 'CSV',
    edit: {
      open: '编辑',
      title: { lead: '编辑线索 {name}', customer: '编辑客户 {name}', contact: '编辑联系人 {name}', opportunity: '编辑商机 {name}' },
      unchanged: '没有修改',
      staleHint: '打开后有其他人修改了这条记录。请加载最新版本后重新修改。',
      reload: '加载最新版本'
    },
    field: {
      lead: { name: '姓名', companyName: '公司', phone: '电话', email: '邮箱', source: '来源', status: '状态', productLine: '产品线', notes: '备注', tags: '标签' },
      customer: {
        name: '名称', grade: '等级', industry: '行业', companySize: '公司规模（人数）', yearsInBusiness: '经营年限',
        teamSize: '团队人数', phone: '电话', email: '邮箱', address: '地址', needs: '需求', tags: '标签'
      },
      contact: { name: '姓名', title: '职务', mobile: '手机', phone: '电话', email: '邮箱', wechat: '微信', birthday: '生日', notes: '备注', tags: '标签' },
      opportunity: { name: '名称', amount: '金额（元）', expectedCloseDate: '预计成交日期', tags: '标签' }
    },
    timeZone: {
      label: '时区',
      platform: '平台时区',
      change: '修改',
      hint: '插件的定时任务按此时区运行。留空则使用平台时区。'
    }
  }
}
