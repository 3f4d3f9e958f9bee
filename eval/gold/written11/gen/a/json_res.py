"""i06, i11: JSON Resume (jsonresume.org schema v1).

Writes resumes/iNN.json and a plain rendering in text/iNN.txt.
"""
import json
import os
from common import RESUMES, TEXT, json_text, write

SCHEMA = 'https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json'

# i06  Lucas Ferreira Santos, Brazil, junior full-stack developer (bootcamp),
#      former sprinter and personal trainer; non-native English.
I06 = {
    '$schema': SCHEMA,
    'basics': {
        'name': 'Lucas Ferreira Santos',
        'label': 'Junior Full-Stack Developer (React / Node.js)',
        'email': 'lucas.fsantos@example.com',
        'phone': '+55 19 95555-0187',
        'summary': ('Junior full-stack developer with almost 2 years of experience with React, Node.js and PostgreSQL. '
                    'I came to tech after 6 years as athlete and personal trainer (I competed in 100m and 200m sprint '
                    'until 2018), so I am used to discipline, routines and to work in team. Looking for grow in a '
                    'company where I can learn more about architecture and also how projects are organized.'),
        'location': {'city': 'Campinas', 'region': 'SP', 'countryCode': 'BR'},
        'profiles': [
            {'network': 'GitHub', 'username': 'lucasfsantos-dev', 'url': 'https://github.com/lucasfsantos-dev'},
            {'network': 'LinkedIn', 'username': 'lucas-ferreira-santos', 'url': 'https://www.linkedin.com/in/lucas-ferreira-santos'},
        ],
    },
    'work': [
        {
            'name': 'Pátio Digital Soluções',
            'position': 'Junior Full-Stack Developer',
            'location': 'Campinas, SP (hybrid)',
            'startDate': '2025-07',
            'summary': 'Software house that builds web systems for clients in retail and health.',
            'highlights': [
                'Develop new features in React and Node.js (NestJS) for the scheduling system of a chain of 14 clinics.',
                'Created the integration with the WhatsApp Business API for appointment reminders, which reduced no-shows in 18% according to the client.',
                'When our tech lead was on vacation for two weeks, I conducted the daily meeting and presented to the client what was done in the sprint review.',
                'Fixing bugs reported by QA and by the client, around 10 per sprint.',
                'Participate in code reviews and write unit tests with Jest.',
            ],
        },
        {
            'name': 'Pátio Digital Soluções',
            'position': 'Intern (Estagiário) Front-end',
            'location': 'Campinas, SP',
            'startDate': '2025-01',
            'endDate': '2025-06',
            'highlights': [
                'Front-end screens with React and Tailwind for an e-commerce admin panel.',
                'Documentation of API endpoints in Swagger.',
            ],
        },
        {
            'name': 'Academia Movimento Fit',
            'position': 'Personal Trainer',
            'location': 'Campinas, SP',
            'startDate': '2019-03',
            'endDate': '2024-12',
            'summary': 'Personal trainer and coach of the running group of the gym.',
            'highlights': [
                'Organized the training plan for a group of 25 amateur runners preparing for the São Paulo half marathon.',
                'Built a small spreadsheet to control students payments and attendance, my first contact with programming (Google Apps Script).',
            ],
        },
    ],
    'education': [
        {
            'institution': 'Trilha Tech Bootcamp',
            'area': 'Full Stack Web Development',
            'studyType': 'Bootcamp (500 hours)',
            'startDate': '2024-02',
            'endDate': '2024-08',
        },
        {
            'institution': 'Pontifícia Universidade Católica de Campinas',
            'area': 'Physical Education',
            'studyType': 'Licenciatura',
            'startDate': '2014-02',
            'endDate': '2018-12',
        },
    ],
    'skills': [
        {'name': 'Frontend', 'keywords': ['React', 'TypeScript', 'JavaScript', 'Tailwind CSS', 'HTML/CSS']},
        {'name': 'Backend', 'keywords': ['Node.js', 'NestJS', 'Express', 'PostgreSQL', 'Prisma']},
        {'name': 'Tools', 'keywords': ['Git', 'GitHub', 'Docker (basic)', 'Jira', 'Trello', 'Figma']},
    ],
    'certificates': [
        {'name': 'AWS Certified Cloud Practitioner', 'date': '2025-08-14', 'issuer': 'Amazon Web Services'},
    ],
    'projects': [
        {
            'name': 'ReservaJá (bootcamp final project)',
            'startDate': '2024-06',
            'endDate': '2024-08',
            'description': 'Web app for small restaurants to take table reservations, made in team of 4 in 8 weeks.',
            'highlights': [
                'I divided the tasks of the team in Trello every week and presented the demo to the jury.',
                'Made the backend in Node.js with PostgreSQL and the deploy on Render.',
            ],
            'url': 'https://github.com/lucasfsantos-dev/reservaja',
        },
        {
            'name': 'Treino Log',
            'description': 'Personal app to register workouts and running times, React Native (in progress).',
            'url': 'https://github.com/lucasfsantos-dev/treino-log',
        },
    ],
    'languages': [
        {'language': 'Portuguese', 'fluency': 'Native'},
        {'language': 'English', 'fluency': 'Upper intermediate, B2'},
        {'language': 'Spanish', 'fluency': 'Basic'},
    ],
}

# i11  Siobhán Gallagher, Ireland, retail store manager with self-study.
I11 = {
    '$schema': SCHEMA,
    'basics': {
        'name': 'Siobhán Gallagher',
        'label': 'Store Manager | Aspiring IT Project Coordinator',
        'email': 'siobhan.gallagher@example.com',
        'phone': '+353 87 555 0146',
        'summary': ("Retail manager with 13 years' experience, currently running a homewares store with a team of "
                    "38. I completed the Google Project Management Certificate this year and I'm teaching myself Jira "
                    "and SQL in the evenings. I'm looking for a first role as a project coordinator or junior project "
                    "manager in a tech company, where being organised and good with people counts."),
        'location': {'city': 'Cork', 'countryCode': 'IE'},
        'profiles': [
            {'network': 'LinkedIn', 'username': 'siobhan-gallagher-cork', 'url': 'https://www.linkedin.com/in/siobhan-gallagher-cork'},
        ],
    },
    'work': [
        {
            'name': 'Hearth & Home Stores',
            'position': 'Store Manager',
            'location': 'Mahon, Cork',
            'startDate': '2019-05',
            'highlights': [
                'Lead a team of 38; weekly rota, hiring, training and performance reviews.',
                'Store turnover of €6.2m in 2025, up 9% on the year before.',
                'Planned and ran a three-week store refit while we stayed open, working with the shopfitters and the head office visual team.',
                'Cleared a backlog of 400 click-and-collect orders before Christmas 2024 by opening a second collection point and tracking every order in a shared Excel sheet.',
                'Rolled out the new handheld stock scanners to 22 staff; wrote the quick guide and reported faults to head office IT.',
                "Store placed 2nd of 31 in the region in head office's 'Spring Sprint' sales campaign (2023).",
            ],
        },
        {
            'name': 'Hearth & Home Stores',
            'position': 'Assistant Store Manager',
            'location': 'Douglas, Cork',
            'startDate': '2016-03',
            'endDate': '2019-04',
            'highlights': [
                'Ran the stockroom and deliveries, and opened and closed the store.',
                'Trained new staff on tills and customer service.',
            ],
        },
        {
            'name': 'Glenview Supermarkets',
            'position': 'Department Supervisor',
            'location': 'Cork',
            'startDate': '2013-06',
            'endDate': '2016-02',
            'highlights': [
                'Supervised the non-food department and managed the stock release of seasonal lines to the shop floor.',
            ],
        },
    ],
    'education': [
        {
            'institution': 'University College Cork',
            'area': 'English and History',
            'studyType': 'BA',
            'startDate': '2009-09',
            'endDate': '2012-06',
        },
    ],
    'skills': [
        {'name': 'People', 'keywords': ['Team leadership', 'Rota planning', 'Hiring and training', 'Customer service']},
        {'name': 'Tools', 'keywords': ['Excel (pivot tables, VLOOKUP)', 'Google Sheets', 'Asana', 'Jira (self-taught)', 'SQL (beginner)']},
    ],
    'certificates': [
        {'name': 'Google Project Management: Professional Certificate', 'date': '2026-03-20', 'issuer': 'Coursera'},
        {'name': 'SQL for Beginners', 'date': '2026-09-02', 'issuer': 'Udemy'},
    ],
    'projects': [
        {
            'name': 'Capstone: project plan for a bakery ordering app',
            'description': 'Course capstone for the Google certificate: project charter, RACI chart, schedule and risk register for an imaginary app launch.',
        },
    ],
    'languages': [
        {'language': 'English', 'fluency': 'Native'},
        {'language': 'Irish', 'fluency': 'Intermediate'},
    ],
}


def main():
    for nn, j in (('i06', I06), ('i11', I11)):
        write(os.path.join(RESUMES, f'{nn}.json'), json.dumps(j, indent=2, ensure_ascii=False) + '\n')
        write(os.path.join(TEXT, f'{nn}.txt'), json_text(j))


if __name__ == '__main__':
    main()
