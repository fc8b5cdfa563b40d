package edu.meridian.partners.alliance;

/**
 * The university's place in an alliance, from the ranks Chinese alliances use: 成员单位 member, 发起单位 founding
 * member, 理事单位 council member, 常务理事单位 executive council member, 副理事长单位 vice chair, 理事长单位 chair,
 * 秘书处 secretariat.
 */
public enum AllianceRole {
    member, founding_member, council_member, executive_council_member, vice_chair, chair, secretariat
}
