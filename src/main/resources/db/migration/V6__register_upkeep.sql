-- The register is kept by administrators: contact email and bank account per municipality, and municipalities
-- that begin or end (merged or split, naming their successors) with a date, so that the next reform needs no
-- code change.

alter table municipality add column contact_email varchar(200);
alter table municipality add column valid_from date;
alter table municipality add column valid_to date;

create table municipality_successor (
    municipality_number  varchar(4) not null references municipality (number),
    position             integer    not null,
    successor_number     varchar(4) not null references municipality (number),
    primary key (municipality_number, position)
);
