// The sales lists' filters and exports, the records' edit forms and the tenant's time zone (ADR 0812).
export default {
  lists: {
    contacts: 'Contacts',
    searchContacts: 'Name, phone or email',
    noContacts: 'No contacts match',
    created: 'Created',
    from: 'From',
    to: 'To',
    export: 'Export',
    exportXlsx: 'Excel (XLSX)',
    tags: 'Tags',
    tag: 'Tag',
    tagsHint: 'Type a tag and press Enter',
    filter: { mine: 'Mine only', tagHint: 'Records with this tag (press Enter)' },
    exportCsv: 'CSV',
    edit: {
      open: 'Edit',
      title: { lead: 'Edit lead {name}', customer: 'Edit customer {name}', contact: 'Edit contact {name}', opportunity: 'Edit opportunity {name}' },
      unchanged: 'Nothing changed',
      staleHint: 'Someone else changed this record after you opened it. Load the latest version and make your change again.',
      reload: 'Load the latest version'
    },
    field: {
      lead: { name: 'Name', companyName: 'Company', phone: 'Phone', email: 'Email', source: 'Source', status: 'Status', productLine: 'Product line', notes: 'Notes', tags: 'Tags' },
      customer: {
        name: 'Name', grade: 'Grade', industry: 'Industry', companySize: 'Company size (employees)', yearsInBusiness: 'Years in business',
        teamSize: 'Team size', phone: 'Phone', email: 'Email', address: 'Address', needs: 'Needs', tags: 'Tags'
      },
      contact: { name: 'Name', title: 'Title', mobile: 'Mobile', phone: 'Phone', email: 'Email', wechat: 'WeChat', birthday: 'Birthday', notes: 'Notes', tags: 'Tags' },
      opportunity: { name: 'Name', amount: 'Amount (CNY)', expectedCloseDate: 'Expected close', tags: 'Tags' }
    },
    timeZone: {
      label: 'Time zone',
      platform: 'The platform’s time zone',
      change: 'Change',
      hint: 'Plugin jobs on a schedule run in this time zone. Leave it empty for the platform’s.'
    }
  }
}
