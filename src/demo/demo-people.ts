import type { EnrolmentRole } from '../enrolments/enrolment.entity';

/** Every demo account shares this password, so a newcomer can try each role. */
export const DEMO_PASSWORD = 'leeratelier-demo';

export interface DemoPerson {
  email: string;
  name: string;
  organisation: string;
  jobTitle: string;
  isCoordinator?: boolean;
  /** Role in the upcoming demo edition, if any. */
  role?: EnrolmentRole;
  lunch?: boolean;
}

/** People written for the demo; the organisations are real municipalities, the people are not. */
export const DEMO_PEOPLE: DemoPerson[] = [
  { email: 'coordinator@demo.example', name: 'Sanne Visser', organisation: 'Leeratelier Burgerparticipatie', jobTitle: 'Coördinator opleidingen', isCoordinator: true },
  { email: 'trainer@demo.example', name: 'Marieke Bos', organisation: 'Leeratelier Burgerparticipatie', jobTitle: 'Trainer', role: 'trainer' },
  { email: 'deelnemer@demo.example', name: 'Anne de Vries', organisation: 'Gemeente Westerkwartier', jobTitle: 'Gebiedsregisseur', role: 'participant', lunch: true },
  { email: 'jeroen.bakker@demo.example', name: 'Jeroen Bakker', organisation: 'Gemeente Midden-Groningen', jobTitle: 'Communicatieadviseur', role: 'participant' },
  { email: 'fatima.elamrani@demo.example', name: 'Fatima El Amrani', organisation: 'Gemeente Zaanstad', jobTitle: 'Programmamanager wijkaanpak', role: 'participant', lunch: true },
  { email: 'gast@demo.example', name: 'Peter Hendriks', organisation: 'Gemeenteraad Westerkwartier', jobTitle: 'Raadslid', role: 'guest' },
];
