-- When an account was erased at the person's request (GDPR art. 17): the row stays so that enrolments, attendance
-- and completions still count in reports, but it holds no name, address or password any more and cannot sign in.
alter table person add column erased_at timestamptz;
