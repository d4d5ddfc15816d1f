import { describe, expect, it } from 'vitest';
import { summarize } from '../summarize';
import { convo } from '../testing';

const triggersOf = (...messages: Parameters<typeof convo>) => summarize(convo(...messages)).reason.triggers;

describe('more than the limit the bot stated', () => {
  it('is a policy exception, in four languages', () => {
    expect(
      triggersOf(
        ['customer', 'Kann ich die Mitgliedschaft pausieren?'],
        ['bot', 'Eine Pause ist in deinem Tarif bis zu 2 Monate pro Jahr möglich.'],
        ['customer', 'Hm, ich bräuchte eher 3 Monate.'],
      ),
    ).toContain('policy_exception');
    expect(
      triggersOf(['bot', 'Rooms hold up to 4 guests.'], ['customer', 'we are 6 guests, can you make it work?']),
    ).toContain('policy_exception');
    expect(
      triggersOf(['bot', 'Puede pausar hasta dos meses.'], ['customer', 'Necesito tres meses, me voy de intercambio.']),
    ).toContain('policy_exception');
    expect(
      triggersOf(['bot', "Vous pouvez suspendre jusqu'à 30 jours."], ['customer', "J'aurais besoin de 45 jours."]),
    ).toContain('policy_exception');
  });

  it('within the limit, or another unit, is none', () => {
    expect(triggersOf(['bot', 'You can pause for up to 2 months.'], ['customer', 'ok, 1 month then'])).not.toContain(
      'policy_exception',
    );
    expect(
      triggersOf(['bot', 'You can pause for up to 2 months.'], ['customer', 'great, I will be back in 3 weeks']),
    ).not.toContain('policy_exception');
  });
});
