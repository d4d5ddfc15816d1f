import { describe, expect, it } from 'vitest';
import { productNamesOf } from './product-names';

describe('products named before the kind of thing they are, medicines, known services', () => {
  it.each([
    ['I bought a pair of Aeron trail runners on May 20', 'Aeron trail runners'],
    ["Hi, I'd like to return the Lumio desk lamp from order 112-8837401", 'Lumio desk lamp'],
    ['i ordered the grey sectional, the Halden sectional, and it came with two left pieces', 'Halden sectional'],
    ['The Vortex 900 blender is within the 30-day return window.', 'Vortex 900 blender'],
    ['my oxycodone refill was ready for pickup', 'oxycodone'],
    ['Could my Eliquis and atorvastatin refills be moved?', 'atorvastatin'],
    ["mon médecin vient de me prescrire de l'ibuprofène", 'ibuprofène'],
    ['probé en Chrome y en Firefox, y nada', 'Chrome'],
    ['Nous essayons de configurer le SSO SAML avec Okta', 'Okta'],
  ])('%s', (text, product) => {
    expect(productNamesOf(text)).toContain(product);
  });

  it('shouted brands are read; everyday words, kinds of things and offices are not products', () => {
    expect(productNamesOf('I ALREADY TRIED CHROME AND FIREFOX')).toEqual(['chrome', 'firefox']);
    for (const text of [
      'check the ONT and the router',
      'the IdP certificate expired yesterday',
      'I PAID through your app',
      'Please use the Skyline app.',
      'My desk lamp arrived broken',
      'Desk lamp arrived broken',
      'my new Bluetooth speaker',
      'a comparison of the prison and the poison, someone alone with my phone',
      'let me zoom in on the chrome trim',
    ])
      expect(productNamesOf(text)).toEqual([]);
  });
});
