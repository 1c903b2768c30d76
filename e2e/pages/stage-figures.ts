import type { Locator } from 'playwright-core';

/** The raw numbers one stage's figures bar carries. */
export interface StageFigureAttrs {
  stageId: string;
  users: number;
  conversion: number | null;
}

/** Reads the raw numbers of the figures bars `bars` matches (its `data-*` attributes), in order. */
export async function readStageFigures(bars: Locator): Promise<StageFigureAttrs[]> {
  return bars.evaluateAll((els) =>
    els.map((el) => {
      const conversion = el.getAttribute('data-conversion') ?? '';
      return {
        stageId: el.getAttribute('data-stage-id') ?? '',
        users: Number(el.getAttribute('data-users')),
        conversion: conversion === '' ? null : Number(conversion),
      };
    }),
  );
}
