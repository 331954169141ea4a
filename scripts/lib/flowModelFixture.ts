/**
 * Realistic flows on this package's objects, for the tests of the flow
 * reader, the verification's flows check and the Code Analyzer gate (the
 * package ships no flow yet), written in the shape Flow Builder saves
 * (auto-layout, fault paths, a null check after Get Records, descriptions).
 */

/** What Flow Builder writes for an auto-layout flow. */
const BUILDER_METADATA = `    <processMetadataValues>
        <name>BuilderType</name>
        <value>
            <stringValue>LightningFlowBuilder</stringValue>
        </value>
    </processMetadataValues>
    <processMetadataValues>
        <name>CanvasMode</name>
        <value>
            <stringValue>AUTO_LAYOUT_CANVAS</stringValue>
        </value>
    </processMetadataValues>
    <processMetadataValues>
        <name>OriginBuilderType</name>
        <value>
            <stringValue>LightningFlowBuilder</stringValue>
        </value>
    </processMetadataValues>
`;

/** The target of every fault path: keeps the fault message. */
const RECORD_FAILURE = `    <assignments>
        <description>Keeps the fault message: the target of every fault path.</description>
        <name>Record_Failure</name>
        <label>Record Failure</label>
        <locationX>0</locationX>
        <locationY>0</locationY>
        <assignmentItems>
            <assignToReference>Failure_Message</assignToReference>
            <operator>Assign</operator>
            <value>
                <elementReference>$Flow.FaultMessage</elementReference>
            </value>
        </assignmentItems>
    </assignments>
`;

const FAILURE_MESSAGE = `    <variables>
        <description>Why a record could not be read or saved.</description>
        <name>Failure_Message</name>
        <dataType>String</dataType>
        <isCollection>false</isCollection>
        <isInput>false</isInput>
        <isOutput>true</isOutput>
    </variables>
`;

/**
 * A record-triggered flow in which Lightning Flow Scanner finds nothing: after
 * a customer's current Buy-Sell assessment is updated to a lower level, an
 * Active plan is put Under Review.
 */
export const REVIEW_FLOW_FILE =
    'force-app/main/default/flows/Buy_Sell_Slip_Review.flow-meta.xml';

export const REVIEW_FLOW_XML = `<?xml version="1.0" encoding="UTF-8"?>
<Flow xmlns="http://soap.sforce.com/2006/04/metadata">
    <apiVersion>66.0</apiVersion>
${RECORD_FAILURE}    <decisions>
        <description>Only a drop in an Active plan calls for a review.</description>
        <name>Level_Dropped_In_Active_Plan</name>
        <label>Level Dropped in Active Plan</label>
        <locationX>0</locationX>
        <locationY>0</locationY>
        <defaultConnectorLabel>No Drop</defaultConnectorLabel>
        <rules>
            <name>Dropped</name>
            <conditionLogic>and</conditionLogic>
            <conditions>
                <leftValueReference>Level_Drop</leftValueReference>
                <operator>GreaterThan</operator>
                <rightValue>
                    <numberValue>0.0</numberValue>
                </rightValue>
            </conditions>
            <conditions>
                <leftValueReference>$Record.Strategic_Account_Plan__r.Status__c</leftValueReference>
                <operator>EqualTo</operator>
                <rightValue>
                    <stringValue>Active</stringValue>
                </rightValue>
            </conditions>
            <connector>
                <targetReference>Get_Plan</targetReference>
            </connector>
            <label>Dropped</label>
        </rules>
    </decisions>
    <decisions>
        <description>The plan may have been deleted since.</description>
        <name>Plan_Found</name>
        <label>Plan Found</label>
        <locationX>0</locationX>
        <locationY>0</locationY>
        <defaultConnectorLabel>Not Found</defaultConnectorLabel>
        <rules>
            <name>Found</name>
            <conditionLogic>and</conditionLogic>
            <conditions>
                <leftValueReference>Get_Plan</leftValueReference>
                <operator>IsNull</operator>
                <rightValue>
                    <booleanValue>false</booleanValue>
                </rightValue>
            </conditions>
            <connector>
                <targetReference>Mark_Plan_Under_Review</targetReference>
            </connector>
            <label>Found</label>
        </rules>
    </decisions>
    <description>When a customer places us lower than before on the Buy-Sell Hierarchy, the Active plan goes Under Review: our level is slipping.</description>
    <environments>Default</environments>
    <formulas>
        <description>How many levels the customer moved us down (negative when up).</description>
        <name>Level_Drop</name>
        <dataType>Number</dataType>
        <expression>{!$Record__Prior.Level__c} - {!$Record.Level__c}</expression>
        <scale>0</scale>
    </formulas>
    <interviewLabel>Buy-Sell Slip Review {!$Flow.CurrentDateTime}</interviewLabel>
    <label>Buy-Sell Slip Review</label>
${BUILDER_METADATA}    <processType>AutoLaunchedFlow</processType>
    <recordLookups>
        <description>The plan the assessment belongs to.</description>
        <name>Get_Plan</name>
        <label>Get Plan</label>
        <locationX>0</locationX>
        <locationY>0</locationY>
        <assignNullValuesIfNoRecordsFound>false</assignNullValuesIfNoRecordsFound>
        <connector>
            <targetReference>Plan_Found</targetReference>
        </connector>
        <faultConnector>
            <targetReference>Record_Failure</targetReference>
        </faultConnector>
        <filterLogic>and</filterLogic>
        <filters>
            <field>Id</field>
            <operator>EqualTo</operator>
            <value>
                <elementReference>$Record.Strategic_Account_Plan__c</elementReference>
            </value>
        </filters>
        <getFirstRecordOnly>true</getFirstRecordOnly>
        <object>Strategic_Account_Plan__c</object>
        <queriedFields>Id</queriedFields>
        <queriedFields>Status__c</queriedFields>
        <storeOutputAutomatically>true</storeOutputAutomatically>
    </recordLookups>
    <recordUpdates>
        <description>Puts the plan Under Review.</description>
        <name>Mark_Plan_Under_Review</name>
        <label>Mark Plan Under Review</label>
        <locationX>0</locationX>
        <locationY>0</locationY>
        <faultConnector>
            <targetReference>Record_Failure</targetReference>
        </faultConnector>
        <filterLogic>and</filterLogic>
        <filters>
            <field>Id</field>
            <operator>EqualTo</operator>
            <value>
                <elementReference>Get_Plan.Id</elementReference>
            </value>
        </filters>
        <inputAssignments>
            <field>Status__c</field>
            <value>
                <stringValue>Under Review</stringValue>
            </value>
        </inputAssignments>
        <object>Strategic_Account_Plan__c</object>
    </recordUpdates>
    <start>
        <locationX>0</locationX>
        <locationY>0</locationY>
        <connector>
            <targetReference>Level_Dropped_In_Active_Plan</targetReference>
        </connector>
        <filterLogic>and</filterLogic>
        <filters>
            <field>Perspective__c</field>
            <operator>EqualTo</operator>
            <value>
                <stringValue>Customer</stringValue>
            </value>
        </filters>
        <filters>
            <field>Horizon__c</field>
            <operator>EqualTo</operator>
            <value>
                <stringValue>Current</stringValue>
            </value>
        </filters>
        <filters>
            <field>Level__c</field>
            <operator>IsChanged</operator>
            <value>
                <booleanValue>true</booleanValue>
            </value>
        </filters>
        <object>Buy_Sell_Level__c</object>
        <recordTriggerType>Update</recordTriggerType>
        <triggerType>RecordAfterSave</triggerType>
    </start>
    <status>Active</status>
    <triggerOrder>10</triggerOrder>
${FAILURE_MESSAGE}</Flow>
`;

/**
 * A flow whose one defect is a record update inside a loop: one DML statement
 * per metric, so a plan with more than 150 metrics exceeds the governor limit.
 */
export const DML_IN_LOOP_FLOW_XML = `<?xml version="1.0" encoding="UTF-8"?>
<Flow xmlns="http://soap.sforce.com/2006/04/metadata">
    <apiVersion>66.0</apiVersion>
${RECORD_FAILURE}    <description>Stops sharing the metrics of a plan with the customer.</description>
    <label>Unshare Plan Metrics</label>
    <loops>
        <description>One metric at a time.</description>
        <name>Each_Metric</name>
        <label>Each Metric</label>
        <locationX>0</locationX>
        <locationY>0</locationY>
        <collectionReference>Get_Metrics</collectionReference>
        <iterationOrder>Asc</iterationOrder>
        <nextValueConnector>
            <targetReference>Unshare_Metric</targetReference>
        </nextValueConnector>
    </loops>
${BUILDER_METADATA}    <processType>AutoLaunchedFlow</processType>
    <recordLookups>
        <description>The plan's metrics.</description>
        <name>Get_Metrics</name>
        <label>Get Metrics</label>
        <locationX>0</locationX>
        <locationY>0</locationY>
        <assignNullValuesIfNoRecordsFound>false</assignNullValuesIfNoRecordsFound>
        <connector>
            <targetReference>Each_Metric</targetReference>
        </connector>
        <faultConnector>
            <targetReference>Record_Failure</targetReference>
        </faultConnector>
        <filterLogic>and</filterLogic>
        <filters>
            <field>Strategic_Account_Plan__c</field>
            <operator>EqualTo</operator>
            <value>
                <elementReference>Plan_Id</elementReference>
            </value>
        </filters>
        <getFirstRecordOnly>false</getFirstRecordOnly>
        <object>Joint_Metric__c</object>
        <queriedFields>Id</queriedFields>
        <queriedFields>Shared_With_Customer__c</queriedFields>
        <storeOutputAutomatically>true</storeOutputAutomatically>
    </recordLookups>
    <recordUpdates>
        <description>Saves one metric.</description>
        <name>Unshare_Metric</name>
        <label>Unshare Metric</label>
        <locationX>0</locationX>
        <locationY>0</locationY>
        <connector>
            <targetReference>Each_Metric</targetReference>
        </connector>
        <faultConnector>
            <targetReference>Record_Failure</targetReference>
        </faultConnector>
        <filterLogic>and</filterLogic>
        <filters>
            <field>Id</field>
            <operator>EqualTo</operator>
            <value>
                <elementReference>Each_Metric.Id</elementReference>
            </value>
        </filters>
        <inputAssignments>
            <field>Shared_With_Customer__c</field>
            <value>
                <booleanValue>false</booleanValue>
            </value>
        </inputAssignments>
        <object>Joint_Metric__c</object>
    </recordUpdates>
    <start>
        <locationX>0</locationX>
        <locationY>0</locationY>
        <connector>
            <targetReference>Get_Metrics</targetReference>
        </connector>
    </start>
    <status>Active</status>
${FAILURE_MESSAGE}    <variables>
        <description>The plan whose metrics stop being shared.</description>
        <name>Plan_Id</name>
        <dataType>String</dataType>
        <isCollection>false</isCollection>
        <isInput>true</isInput>
        <isOutput>false</isOutput>
    </variables>
</Flow>
`;
