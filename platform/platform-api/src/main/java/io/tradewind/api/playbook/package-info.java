/** Industry playbooks: stages, checklists, templates and grading rules. */
package io.tradewind.api.playbook;
