-- An account made by someone's first single sign-on, and an existing account's first sign-in through a provider,
-- are account changes too: the administrator sees on the person's page how the account came to be and was linked.
alter table account_change drop constraint account_change_change_check;
alter table account_change add constraint account_change_change_check
    check (change in ('INVITED', 'INVITATION_RESENT', 'INVITATION_REVOKED', 'ROLES_CHANGED', 'DEACTIVATED',
                      'REACTIVATED', 'BOOTSTRAPPED', 'PASSKEY_ADDED', 'PASSKEY_REMOVED', 'SECOND_FACTORS_RESET',
                      'CREATED_BY_SINGLE_SIGN_ON', 'SINGLE_SIGN_ON_LINKED'));
