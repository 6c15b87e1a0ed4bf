-- Run once by the postgres image at first start: the role and database the application uses by default.
-- CREATEDB lets the test suite create a database of its own for each run.
create role traject login createdb password 'traject';
create database traject owner traject encoding 'UTF8' template template0;
